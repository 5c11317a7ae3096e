import "server-only";
import type { Actor } from "@/lib/access/actor";
import { randomSecret, sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZRevokePackLink, type CreatePackLinkInput, type TRevokePackLink } from "@/lib/validations/deployer-pack";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { parseOrFieldErrors } from "./internal/parse";

const DAY_MS = 86_400_000;

export type PackLinkDTO = {
  id: string;
  label: string;
  packVersion: number;
  followLatest: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
};

export async function listPackLinks(actor: Actor, systemId: string): Promise<PackLinkDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().deployerPackLink.findMany({
    where: { organizationId: member.organizationId, systemId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      label: true,
      followLatest: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdAt: true,
      pack: { select: { version: true } },
    },
  });
  return rows.map(({ pack, ...row }) => ({ ...row, packVersion: pack.version }));
}

/**
 * A link for one customer to the system's latest pack (or, with followLatest, to whatever version is latest when they
 * open it). The secret is returned once, here; only its SHA-256 is stored.
 */
export async function createPackLink(
  actor: Actor,
  input: CreatePackLinkInput, // parsed by ZCreatePackLink (the action does it)
  now = new Date(),
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const member = await authorize(actor, "evidence.write");
  const system = await db().aiSystem.findFirst({
    where: { id: input.systemId, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!system) throw notFound("AI system");
  const pack = await db().deployerPack.findFirst({
    where: { organizationId: member.organizationId, systemId: system.id },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
  if (!pack) throw new AppError("VALIDATION", "Publish the pack first: a link shows a published version.");
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const link = await db().$transaction(async (tx) => {
    const created = await tx.deployerPackLink.create({
      data: {
        organizationId: member.organizationId,
        systemId: system.id,
        packId: pack.id,
        label: input.label,
        tokenHash: sha256Hex(token),
        followLatest: input.followLatest,
        expiresAt,
        createdById: member.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, member, {
      action: "deployer_pack.link_created",
      entityType: "DeployerPackLink",
      entityId: created.id,
      systemId: system.id,
      after: { label: input.label, version: pack.version, followLatest: input.followLatest, expiresAt },
    });
    return created;
  });
  return { id: link.id, token, expiresAt };
}

export async function revokePackLink(actor: Actor, raw: TRevokePackLink, now = new Date()): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const input = parseOrFieldErrors(ZRevokePackLink, raw);
  await db().$transaction(async (tx) => {
    const { count } = await tx.deployerPackLink.updateMany({
      where: { id: input.linkId, systemId: input.systemId, organizationId: member.organizationId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "This link does not exist or was already revoked.");
    await writeAudit(tx, member, {
      action: "deployer_pack.link_revoked",
      entityType: "DeployerPackLink",
      entityId: input.linkId,
      systemId: input.systemId,
    });
  });
}
