import "server-only";
import { sha256Hex } from "@/lib/crypto";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { addressBucket } from "@/lib/net/client-address";
import { linkIsOpen } from "@/lib/vendors/status";
import { ZRespondToken } from "@/lib/validations/vendors";
import { writeAudit } from "@/lib/dal/core/audit";
import { isOverLimit, limitKey, rateLimiter } from "@/lib/dal/core/rate-limiter";

// A vendor works through a handful of items: a few dozen requests in ten minutes is generous for a person and
// small for anyone guessing tokens or hammering one link. Counted per token and per client address (network).
const PER_TOKEN = { points: 60, durationSeconds: 600 };
const PER_ADDRESS = { points: 120, durationSeconds: 600 };

export const REFUSED_MESSAGE =
  "This link does not work. It may have expired or been withdrawn; ask the sender for a new one.";
export const RATE_LIMITED_MESSAGE = "Too many requests from this link or network. Wait a few minutes and try again.";

export type PortalRequest = {
  id: string;
  organizationId: string;
  systemId: string;
  vendorId: string;
  vendorName: string;
  createdById: string | null;
  dueDate: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  extensionUntil: Date | null;
  extensionAccepted: boolean | null;
  createdAt: Date;
};

/** Who acts in the audit trail when the vendor uses the link: no account, the vendor's name. */
export const vendorAuditActor = (r: PortalRequest) => ({
  organizationId: r.organizationId,
  userId: null,
  actorLabel: `${r.vendorName} (vendor, through the request link)`,
});

async function consume(name: string, spec: typeof PER_TOKEN, key: string): Promise<void> {
  try {
    await rateLimiter(name, spec).consume(key);
  } catch (error) {
    if (isOverLimit(error)) throw new AppError("RATE_LIMITED", RATE_LIMITED_MESSAGE);
    throw error;
  }
}

/**
 * The one door of the portal: rate limits, then the token's request if its link is open. An unknown, expired or
 * revoked token gets the same refusal (an outsider learns nothing); the audit trail of the request's organisation
 * records which it was, and an unknown token, which has no organisation, goes to the log.
 */
export async function openRequest(token: string, address: string | null, doing: string): Promise<PortalRequest> {
  await consume("respond-address", PER_ADDRESS, limitKey(address ? addressBucket(address) : "unknown"));
  const valid = ZRespondToken.safeParse(token).success;
  const tokenHash = sha256Hex(valid ? token : "malformed");
  await consume("respond-token", PER_TOKEN, limitKey(tokenHash));
  const row = valid
    ? await db().vendorRequest.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          organizationId: true,
          systemId: true,
          vendorId: true,
          vendor: { select: { name: true } },
          createdById: true,
          dueDate: true,
          expiresAt: true,
          revokedAt: true,
          extensionUntil: true,
          extensionAccepted: true,
          createdAt: true,
        },
      })
    : null;
  if (!row) {
    log().warn({ doing, malformed: !valid }, "vendor portal: unknown request link refused");
    throw new AppError("NOT_FOUND", REFUSED_MESSAGE);
  }
  const { vendor, ...rest } = row;
  const request: PortalRequest = { ...rest, vendorName: vendor.name };
  if (!linkIsOpen(request)) {
    const reason = request.revokedAt ? "revoked" : "expired";
    await db().$transaction((tx) =>
      writeAudit(tx, vendorAuditActor(request), {
        action: "vendor_request.refused",
        entityType: "VendorRequest",
        entityId: request.id,
        systemId: request.systemId,
        after: { reason, doing },
      }),
    );
    throw new AppError("NOT_FOUND", REFUSED_MESSAGE);
  }
  return request;
}

/** Re-checks the link inside the write's transaction, so a revoke that lands meanwhile wins. */
export async function assertStillOpenTx(tx: Tx, request: PortalRequest): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "VendorRequest" WHERE id = ${request.id} FOR UPDATE`;
  const row = await tx.vendorRequest.findFirst({
    where: { id: request.id, organizationId: request.organizationId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  if (!row) throw new AppError("NOT_FOUND", REFUSED_MESSAGE);
}
