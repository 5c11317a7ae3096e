import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db, inEnclosingTransaction, replicaClients, type Client, type ReplicaClient } from "./client";
import { coversPrimary, parseSnapshot, type Snapshot } from "./snapshot";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics";

// Reads go to a hot standby (DATABASE_REPLICA_URLS) only where a caller opts in with onReplica(), and only from a
// standby that has already applied every transaction the primary had finished when the read began. So nobody misses a
// change that was acknowledged before they asked, their own included, whichever instance wrote it; a lagging
// standby costs a read on the primary, never a stale page. Prisma's @prisma/extension-read-replicas does the
// opposite (every read outside a transaction goes to a replica, lagging or not, with no fallback), hence this.

type Outcome = "replica" | "lagging" | "unreachable" | "failed";

// null: inside onReplica but served by the primary (fallback), so nested reads stay there too.
const scope = new AsyncLocalStorage<Client | null>();

/** How long a standby that did not answer is left alone, so each read does not wait for it again. */
const COOLDOWN_MS = 30_000;
/** A standby that accepts a connection but does not answer the freshness check is treated as down after this. */
const CHECK_TIMEOUT_MS = 2_000;
/** How long a read waits for a standby that is just behind to catch up before it goes to the primary. */
const CATCH_UP_MS = 100;

const downUntil = new Map<string, number>();

/** The client for a read: inside onReplica the chosen standby (or the primary after a fallback), elsewhere the primary. */
export function readDb(): Client {
  return scope.getStore() ?? db();
}

/**
 * Runs `read` (which reads through readDb()) on a standby that has caught up with the primary, else on the primary.
 * A standby that is unreachable, too slow to answer or fails the read costs a second attempt on the primary, not an
 * error page. `read` must only read: it may run twice.
 */
export async function onReplica<T>(read: () => Promise<T>): Promise<T> {
  const replica = inEnclosingTransaction() ? undefined : pickReplica();
  if (!replica) return scope.run(null, read);
  const outcome = await freshness(replica);
  if (outcome !== "replica") {
    count(outcome);
    return scope.run(null, read);
  }
  try {
    const result = await scope.run(replica.client, read);
    count("replica");
    return result;
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Also a query cancelled by a conflict with the standby's recovery: the primary has no such conflict.
    log().warn(
      { replica: replica.label, err: errorText(error) },
      "read failed on a replica, read again on the primary",
    );
    count("failed");
    return scope.run(null, read);
  }
}

function pickReplica(): ReplicaClient | undefined {
  const now = Date.now();
  const up = replicaClients().filter((r) => (downUntil.get(r.label) ?? 0) <= now);
  return up[Math.floor(Math.random() * up.length)];
}

// What the primary had finished when the read began, against what the standby has: both snapshots are taken side by
// side, and whichever is taken first, a standby whose snapshot covers the primary's sees every change acknowledged
// before this read (a commit is acknowledged only once it has left the primary's running transactions). Snapshots
// rather than WAL positions: the primary also writes and flushes WAL that no commit needs (hint bits on pages just
// read, which data checksums log), and waiting for the standby to replay that sent most reads to the primary.
async function freshness(replica: ReplicaClient): Promise<Outcome> {
  const primary = db().$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
  const [[written], seen] = await Promise.all([primary, standbySnapshot(replica)]);
  const target = parseSnapshot(written?.snapshot ?? "");
  if (target && typeof seen !== "string") {
    return coversPrimary(seen, target) || (await catchesUp(replica, target)) ? "replica" : "lagging";
  }
  if (!downUntil.has(replica.label)) {
    log().warn({ replica: replica.label, err: seen }, "read replica unavailable, reading from the primary");
  }
  downUntil.set(replica.label, Date.now() + COOLDOWN_MS);
  return "unreachable";
}

/** The standby's snapshot, or why there is none (unreachable, too slow, or not a standby at all). */
async function standbySnapshot(replica: ReplicaClient): Promise<Snapshot | string> {
  try {
    const [row] = await withTimeout(
      replica.client.$queryRaw<{ standby: boolean; snapshot: string }[]>`
        SELECT pg_is_in_recovery() AS standby, pg_current_snapshot()::text AS snapshot`,
    );
    if (!row?.standby) return "not a standby (pg_is_in_recovery() is false)";
    return parseSnapshot(row.snapshot) ?? `unreadable snapshot ${row.snapshot}`;
  } catch (error) {
    return errorText(error);
  }
}

// A healthy standby applies a commit within milliseconds: a short wait keeps reads that arrive in between on the
// standby, while one that is really behind costs at most this much before the read goes to the primary.
async function catchesUp(replica: ReplicaClient, target: Snapshot): Promise<boolean> {
  for (const end = Date.now() + CATCH_UP_MS; Date.now() < end;) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const seen = await standbySnapshot(replica);
    if (typeof seen === "string") return false;
    if (coversPrimary(seen, target)) return true;
  }
  return false;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function count(outcome: Outcome): void {
  metrics().replicaReads.inc({ outcome });
  // Back in service: the next failure is worth a log line again.
  if (outcome !== "unreachable")
    for (const [label, until] of downUntil) if (until <= Date.now()) downUntil.delete(label);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split("\n").slice(-1)[0] || error.name : String(error);
}
