import "server-only";
import type { TokenActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { authorize } from "@/lib/dal/core/authorize";

// Idempotency-Key bookkeeping for POSTs through the REST API. A key is reserved before the work runs (status 0),
// so a retry that arrives while the first attempt is still running is told so instead of doing the work twice.
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export type IdempotencyStart =
  | { kind: "new"; id: string }
  | { kind: "replay"; status: number; body: unknown }
  | { kind: "mismatch" }
  | { kind: "in-progress" };

type KeyRequest = { key: string; method: string; path: string; requestSha256: string };

export async function beginIdempotentRequest(actor: TokenActor, request: KeyRequest): Promise<IdempotencyStart> {
  const { organizationId } = await authorize(actor, "system.read");
  const cutoff = new Date(Date.now() - IDEMPOTENCY_TTL_MS);
  await db().idempotencyKey.deleteMany({ where: { organizationId, createdAt: { lt: cutoff } } });
  const reserved = await db().idempotencyKey.createMany({
    data: [{ organizationId, ...request, status: 0, response: {} }],
    skipDuplicates: true,
  });
  const row = await db().idempotencyKey.findUnique({
    where: { organizationId_key: { organizationId, key: request.key } },
  });
  if (!row) return beginIdempotentRequest(actor, request); // expired and deleted by a concurrent call: start again
  if (reserved.count === 1 && row.status === 0 && row.requestSha256 === request.requestSha256)
    return { kind: "new", id: row.id };
  if (row.requestSha256 !== request.requestSha256 || row.method !== request.method || row.path !== request.path)
    return { kind: "mismatch" };
  if (row.status === 0) return { kind: "in-progress" };
  return { kind: "replay", status: row.status, body: row.response };
}

export async function finishIdempotentRequest(
  actor: TokenActor,
  id: string,
  status: number,
  body: unknown,
): Promise<void> {
  await db().idempotencyKey.updateMany({
    where: { id, organizationId: actor.organizationId },
    data: { status, response: (body ?? {}) as Prisma.InputJsonValue },
  });
}

// A failed attempt keeps nothing, so the client may retry with the same key once it fixed the cause.
export async function abandonIdempotentRequest(actor: TokenActor, id: string): Promise<void> {
  await db().idempotencyKey.deleteMany({ where: { id, organizationId: actor.organizationId, status: 0 } });
}
