import "server-only";
import { sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { addressBucket } from "@/lib/net/client-address";
import { missingItemCodes, readSnapshot, type MissingItem, type PackSnapshot } from "@/lib/deployer-pack/snapshot";
import { ZPackToken } from "@/lib/validations/deployer-pack";
import { writeAudit } from "@/lib/dal/core/audit";
import { isOverLimit, limitKey, rateLimiter } from "@/lib/dal/core/rate-limiter";
import { fileBytes } from "./internal/files";
import { packFileName } from "./packs";

// PUBLIC, NO ACTOR: a customer holding a link's secret. The secret is the only key: it names one link, which names
// one organisation, one system and one pack; everything below is read through it, never from the request.

// One sentence for unknown, expired and revoked links alike, so a guesser learns nothing; the audit says which.
export const PACK_LINK_REFUSED =
  "This link does not open a deployer pack. It may have expired or been withdrawn: ask the provider for a new one.";
export const PACK_LINK_RATE_LIMITED = "Too many requests for this link. Please try again in an hour.";

// Per hour: a customer reading the pack and downloading its few files stays far below; a script guessing secrets or
// pulling a file in a loop does not.
const LIMITS = {
  token: { points: 120, durationSeconds: 60 * 60 },
  address: { points: 300, durationSeconds: 60 * 60 },
} as const;

async function throttle(token: string, ip: string | null): Promise<void> {
  try {
    if (ip) await rateLimiter("pack-link-address", LIMITS.address).consume(limitKey(addressBucket(ip)));
    await rateLimiter("pack-link-token", LIMITS.token).consume(limitKey(token));
  } catch (error) {
    if (isOverLimit(error)) throw new AppError("RATE_LIMITED", PACK_LINK_RATE_LIMITED);
    throw error;
  }
}

// Literal action names, so the audit wording test finds each one.
const ACTIONS = {
  opened: "deployer_pack.link_opened",
  pdf: "deployer_pack.pdf_downloaded",
  file: "deployer_pack.file_downloaded",
} as const;
type Access = { what: keyof typeof ACTIONS; detail?: Record<string, unknown> };
type OpenLink = { id: string; organizationId: string; systemId: string; label: string; pack: PackRow };
type PackRow = { id: string; version: number; snapshot: unknown; pdfSha256: string };

const packSelect = { id: true, version: true, snapshot: true, pdfSha256: true } as const;
const auditActor = (link: { organizationId: string; label: string }) => ({
  organizationId: link.organizationId,
  userId: null,
  actorLabel: `Customer link "${link.label}"`,
});

async function openLink(token: string, ip: string | null, now: Date): Promise<OpenLink> {
  await throttle(token, ip);
  if (!ZPackToken.safeParse(token).success) throw new AppError("NOT_FOUND", PACK_LINK_REFUSED);
  const link = await db().deployerPackLink.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      id: true,
      organizationId: true,
      systemId: true,
      label: true,
      followLatest: true,
      expiresAt: true,
      revokedAt: true,
      pack: { select: packSelect },
    },
  });
  if (!link) {
    // No organisation to audit for: the server log keeps the attempt (never the secret).
    log().info({ reason: "unknown" }, "deployer pack link refused");
    throw new AppError("NOT_FOUND", PACK_LINK_REFUSED);
  }
  const reason = link.revokedAt ? "revoked" : link.expiresAt <= now ? "expired" : null;
  if (reason) {
    await db().$transaction((tx) =>
      writeAudit(tx, auditActor(link), {
        action: "deployer_pack.link_refused",
        entityType: "DeployerPackLink",
        entityId: link.id,
        systemId: link.systemId,
        after: { reason },
      }),
    );
    throw new AppError("NOT_FOUND", PACK_LINK_REFUSED);
  }
  const latest = link.followLatest
    ? await db().deployerPack.findFirst({
        where: { organizationId: link.organizationId, systemId: link.systemId },
        orderBy: { version: "desc" },
        select: packSelect,
      })
    : null;
  return { ...link, pack: latest ?? link.pack };
}

async function record(link: OpenLink, access: Access, now: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.deployerPackLink.update({ where: { id: link.id }, data: { lastUsedAt: now } });
    await writeAudit(tx, auditActor(link), {
      action: ACTIONS[access.what],
      entityType: "DeployerPackLink",
      entityId: link.id,
      systemId: link.systemId,
      after: { version: link.pack.version, ...access.detail },
    });
  });
}

export type PublicPackDTO = {
  label: string;
  version: number;
  pdfSha256: string;
  snapshot: PackSnapshot;
  // Codes, so the page words them in the customer's language.
  missing: MissingItem[];
};

export async function viewPackByToken(token: string, ip: string | null, now = new Date()): Promise<PublicPackDTO> {
  const link = await openLink(token, ip, now);
  await record(link, { what: "opened" }, now);
  const snapshot = readSnapshot(link.pack.snapshot);
  return {
    label: link.label,
    version: link.pack.version,
    pdfSha256: link.pack.pdfSha256,
    snapshot,
    missing: missingItemCodes(snapshot),
  };
}

export async function packPdfByToken(token: string, ip: string | null, now = new Date()) {
  const link = await openLink(token, ip, now);
  const pack = await db().deployerPack.findUniqueOrThrow({
    where: { id: link.pack.id },
    select: { pdf: true, pdfSha256: true },
  });
  await record(link, { what: "pdf" }, now);
  const { systemName } = readSnapshot(link.pack.snapshot);
  return { ...pack, fileName: packFileName(systemName, link.pack.version) };
}

/** The n-th file the pack lists, and only if the system still holds those exact bytes. */
export async function packFileByToken(token: string, ip: string | null, index: string, now = new Date()) {
  const link = await openLink(token, ip, now);
  const listed = /^\d{1,2}$/.test(index) ? readSnapshot(link.pack.snapshot).files[Number(index)] : undefined;
  if (!listed) throw new AppError("NOT_FOUND", "This file is not part of the pack.");
  const row = await fileBytes(link.organizationId, link.systemId, listed.sha256);
  if (!row) throw new AppError("NOT_FOUND", "The provider no longer holds this file. Ask them for a new pack.");
  await record(link, { what: "file", detail: { fileName: listed.fileName, sha256: listed.sha256 } }, now);
  return { fileName: listed.fileName, mimeType: listed.mimeType, sha256: listed.sha256, bytes: row.content };
}
