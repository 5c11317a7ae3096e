import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { sha256Hex } from "@/lib/crypto";
import { requireDatabaseUrl } from "@/lib/env";
import { log } from "@/lib/log";

// rate-limiter-flexible keeps its counters in the "RateLimit" table (created by a migration, hence tableCreated) and
// updates each with one INSERT … ON CONFLICT DO UPDATE … RETURNING, so a check and its count are one atomic step
// that parallel requests cannot both pass. It talks to Postgres through node-postgres, not Prisma: a small pool
// of its own on the same database.
const TABLE = "RateLimit";

const globalForLimits = globalThis as unknown as {
  actlasRateLimitPool?: pg.Pool;
  actlasRateLimiters?: Map<string, RateLimiterPostgres>;
};

function pool(): pg.Pool {
  if (!globalForLimits.actlasRateLimitPool) {
    const created = new pg.Pool({
      connectionString: requireDatabaseUrl(),
      max: 4,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
    });
    // An idle connection that dies (database restart) emits 'error'; unhandled, that would end the process.
    created.on("error", (err) => log().error({ err }, "rate limit: idle database connection failed"));
    globalForLimits.actlasRateLimitPool = created;
  }
  return globalForLimits.actlasRateLimitPool;
}

export type LimitSpec = { points: number; durationSeconds: number };

/** One named limiter (its name prefixes every key), shared by all requests of this process. */
export function rateLimiter(name: string, spec: LimitSpec): RateLimiterPostgres {
  const id = `${name}/${spec.points}/${spec.durationSeconds}`;
  const limiters = (globalForLimits.actlasRateLimiters ??= new Map());
  let limiter = limiters.get(id);
  if (!limiter) {
    // clearExpiredByTimeout (the default) deletes rows that expired over an hour ago, every five minutes.
    limiter = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      tableName: TABLE,
      tableCreated: true,
      keyPrefix: name,
      points: spec.points,
      duration: spec.durationSeconds,
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

// Keys are hashed: the table then holds no e-mail address or token, and every key fits its varchar(255).
export function limitKey(...parts: string[]): string {
  return sha256Hex(parts.join("\n"));
}

/** A consume() refused for being over the limit (rather than failing on the database). */
export function isOverLimit(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes;
}
