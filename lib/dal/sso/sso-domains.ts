import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/access/actor";
import type { Role } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ZSsoDomain, type TSsoDomain } from "@/lib/validations/sso";
import { isUniqueViolation } from "@/lib/dal/accounts/internal/accounts";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { checkDomainChallenge, domainChallenge, type DomainChallenge } from "@/lib/net/dns-challenge";

// `challenge` is the TXT record still to be published; null once the domain is verified.
export type SsoDomainDTO = {
  id: string;
  domain: string;
  defaultRole: Role;
  createdAt: Date;
  verifiedAt: Date | null;
  challenge: DomainChallenge | null;
};

export type SsoDomainVerification =
  | { verified: true; domain: SsoDomainDTO }
  | { verified: false; problem: "missing" | "mismatch" | "unavailable"; message: string };

const ALREADY_LISTED = "This domain is already on your list.";
const COLUMNS = {
  id: true,
  domain: true,
  defaultRole: true,
  createdAt: true,
  verifiedAt: true,
  verificationToken: true,
} satisfies Prisma.OrganizationDomainSelect;
type Row = Prisma.OrganizationDomainGetPayload<{ select: typeof COLUMNS }>;

function toDTO({ verificationToken, ...row }: Row): SsoDomainDTO {
  return { ...row, challenge: row.verifiedAt ? null : domainChallenge(row.domain, verificationToken) };
}

function heldElsewhere(domain: string): AppError {
  return new AppError(
    "CONFLICT",
    `Another organisation has already verified ${domain}, so sign-ins from it cannot be mapped to yours. If your company owns this domain, ask the operator of this Actlas installation for help.`,
  );
}

export async function listSsoDomains(actor: Actor): Promise<SsoDomainDTO[]> {
  const member = await authorize(actor, "integration.manage");
  const rows = await db().organizationDomain.findMany({
    where: { organizationId: member.organizationId },
    orderBy: { domain: "asc" },
    select: COLUMNS,
  });
  return rows.map(toDTO);
}

// Unverified claims by several organisations may coexist, so nobody can block a domain by claiming it first;
// only a verified claim maps sign-ins.
export async function addSsoDomain(actor: Actor, raw: TSsoDomain): Promise<SsoDomainDTO> {
  const member = await authorize(actor, "integration.manage");
  const input = ZSsoDomain.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.organizationDomain.create({
        data: {
          organizationId: member.organizationId,
          domain: input.domain,
          defaultRole: input.defaultRole,
          verificationToken: randomBytes(16).toString("hex"),
        },
        select: COLUMNS,
      });
      const { verificationToken: _token, ...after } = row;
      await writeAudit(tx, member, {
        action: "sso_domain.added",
        entityType: "OrganizationDomain",
        entityId: row.id,
        after,
      });
      return toDTO(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("VALIDATION", ALREADY_LISTED, { fieldErrors: { domain: [ALREADY_LISTED] } });
    throw error;
  }
}

// Looks the TXT record up (outside any transaction: DNS may take seconds) and marks the domain verified when it
// holds this domain's token. Expected DNS outcomes come back as a message to show next to the domain.
export async function verifySsoDomain(actor: Actor, domainId: string): Promise<SsoDomainVerification> {
  const member = await authorize(actor, "integration.manage");
  const row = await db().organizationDomain.findFirst({
    where: { id: domainId, organizationId: member.organizationId },
    select: COLUMNS,
  });
  if (!row) throw new AppError("NOT_FOUND", "This domain is no longer mapped.");
  if (row.verifiedAt) return { verified: true, domain: toDTO(row) };
  const holder = await db().organizationDomain.findFirst({
    where: { domain: row.domain, verifiedAt: { not: null }, organizationId: { not: member.organizationId } },
    select: { id: true },
  });
  if (holder) throw heldElsewhere(row.domain);

  const challenge = domainChallenge(row.domain, row.verificationToken);
  const check = await checkDomainChallenge(challenge);
  if (check.result === "missing") {
    return {
      verified: false,
      problem: "missing",
      message: `No TXT record found at ${challenge.name}. Publish the record shown for this domain at your DNS provider, then verify again; new records can take a few minutes to appear.`,
    };
  }
  if (check.result === "mismatch") {
    const found = check.found.length > 80 ? `${check.found.slice(0, 80)}…` : check.found;
    return {
      verified: false,
      problem: "mismatch",
      message: `The TXT record at ${challenge.name} has the wrong value (found “${found}”). Change it to the value shown for this domain, then verify again.`,
    };
  }
  if (check.result === "unavailable") {
    return {
      verified: false,
      problem: "unavailable",
      message:
        "The DNS servers did not answer in time or reported a failure. Nothing was changed; try again in a few minutes.",
    };
  }

  try {
    return await db().$transaction(async (tx) => {
      const verifiedAt = new Date();
      const { count } = await tx.organizationDomain.updateMany({
        where: { id: row.id, organizationId: member.organizationId, verifiedAt: null },
        data: { verifiedAt },
      });
      const current = await tx.organizationDomain.findFirst({
        where: { id: row.id, organizationId: member.organizationId },
        select: COLUMNS,
      });
      if (!current) throw new AppError("NOT_FOUND", "This domain was removed meanwhile.");
      // count 0: a concurrent click verified it first and wrote the audit event.
      if (count === 1) {
        await writeAudit(tx, member, {
          action: "sso_domain.verified",
          entityType: "OrganizationDomain",
          entityId: row.id,
          before: { domain: row.domain, verifiedAt: null },
          after: { domain: row.domain, verifiedAt, record: challenge.name },
        });
      }
      return { verified: true as const, domain: toDTO(current) };
    });
  } catch (error) {
    // The partial unique index: another organisation verified the same domain a moment ago.
    if (isUniqueViolation(error)) throw heldElsewhere(row.domain);
    throw error;
  }
}

export async function removeSsoDomain(actor: Actor, domainId: string): Promise<void> {
  const member = await authorize(actor, "integration.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.organizationDomain.findFirst({
      where: { id: domainId, organizationId: member.organizationId },
      select: { id: true, domain: true, defaultRole: true, verifiedAt: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "This domain is no longer mapped.");
    await tx.organizationDomain.deleteMany({ where: { id: before.id, organizationId: member.organizationId } });
    await writeAudit(tx, member, {
      action: "sso_domain.removed",
      entityType: "OrganizationDomain",
      entityId: before.id,
      before,
    });
  });
}
