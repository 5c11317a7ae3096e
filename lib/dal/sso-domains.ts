import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZSsoDomain, type TSsoDomain } from "@/lib/validations/sso";
import { isUniqueViolation } from "./accounts";
import { writeAudit } from "./audit";
import { authorize } from "./authorize";

export type SsoDomainDTO = { id: string; domain: string; defaultRole: Role; createdAt: Date };

const DOMAIN_TAKEN = "This domain is already mapped to an organisation. Each domain can belong to one organisation only.";

export async function listSsoDomains(actor: Actor): Promise<SsoDomainDTO[]> {
  const member = await authorize(actor, "integration.manage");
  return db().organizationDomain.findMany({
    where: { organizationId: member.organizationId },
    orderBy: { domain: "asc" },
    select: { id: true, domain: true, defaultRole: true, createdAt: true },
  });
}

export async function addSsoDomain(actor: Actor, raw: TSsoDomain): Promise<SsoDomainDTO> {
  const member = await authorize(actor, "integration.manage");
  const input = ZSsoDomain.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.organizationDomain.create({
        data: { organizationId: member.organizationId, domain: input.domain, defaultRole: input.defaultRole, verificationToken: randomBytes(16).toString("hex") },
        select: { id: true, domain: true, defaultRole: true, createdAt: true },
      });
      await writeAudit(tx, member, { action: "sso_domain.added", entityType: "OrganizationDomain", entityId: row.id, after: row });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("VALIDATION", DOMAIN_TAKEN, { fieldErrors: { domain: [DOMAIN_TAKEN] } });
    throw error;
  }
}

export async function removeSsoDomain(actor: Actor, domainId: string): Promise<void> {
  const member = await authorize(actor, "integration.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.organizationDomain.findFirst({
      where: { id: domainId, organizationId: member.organizationId },
      select: { id: true, domain: true, defaultRole: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "This domain is no longer mapped.");
    await tx.organizationDomain.deleteMany({ where: { id: before.id, organizationId: member.organizationId } });
    await writeAudit(tx, member, { action: "sso_domain.removed", entityType: "OrganizationDomain", entityId: before.id, before });
  });
}
