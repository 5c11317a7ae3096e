import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db, replicaClients, type Client, type ReplicaClient } from "./client";
import { isLsn, lsnValue } from "./lsn";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics";

// Reads go to a hot standby (DATABASE_REPLICA_URLS) only where a caller opts in with onReplica(), and only from a
// standby that has already applied everything the primary had written when the read began. So nobody misses a
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
  const replica = pickReplica();
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

// Both positions are read side by side: whichever is read first, a standby that has applied the primary's WAL up to
// the primary's insert position (which covers every acknowledged commit, even with synchronous_commit off) holds
// every change made before this read. (When the primary's last record ends on a WAL page boundary its insert position
// already counts the next page's header, so an idle primary can look a few bytes ahead until its next record: a read
// on the primary, never a stale one.)
async function freshness(replica: ReplicaClient): Promise<Outcome> {
  const primary = db().$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_insert_lsn()::text AS lsn`;
  const standby = withTimeout(
    replica.client.$queryRaw<{ replayed: string | null }[]>`SELECT pg_last_wal_replay_lsn()::text AS replayed`,
  ).then(
    ([row]) => row?.replayed ?? "not a standby",
    (error: unknown) => errorText(error),
  );
  const [[written], replayed] = await Promise.all([primary, standby]);
  if (written && isLsn(replayed)) return lsnValue(replayed) >= lsnValue(written.lsn) ? "replica" : "lagging";
  if (!downUntil.has(replica.label)) {
    log().warn({ replica: replica.label, err: replayed }, "read replica unavailable, reading from the primary");
  }
  downUntil.set(replica.label, Date.now() + COOLDOWN_MS);
  return "unreachable";
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
