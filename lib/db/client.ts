import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { env, requireDatabaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { unstorableText, type UnstorableText } from "@/lib/nul";

const UNSTORABLE_MESSAGE: Record<UnstorableText, string> = {
  nul: "The input contains an invisible NUL character (\\0), which cannot be stored or looked up. Remove it and try again.",
  "lone-surrogate":
    "The input contains a lone UTF-16 surrogate (half of a character pair), which is not valid Unicode text. Remove it and try again.",
};

function createClient(pool: pg.Pool) {
  // Ours to end on disconnect, as the adapter's own pool was: without this, $disconnect leaves idle connections open
  // and a database restart then kills them with an 'error' nobody listens to, which ends the process.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // passwordHash is omitted everywhere by default; the one credential check opts back in explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } }).$extends({
    query: {
      async $allOperations({ args, query }) {
        // Every query from every caller (actions, API, jobs) passes here, so one check covers them all.
        const unstorable = unstorableText(args);
        if (unstorable) throw new AppError("VALIDATION", UNSTORABLE_MESSAGE[unstorable]);
        return query(args);
      },
    },
  });
}

export type Client = ReturnType<typeof createClient>;
/** A hot standby: `label` is its host and port, never its credentials, for logs. */
export type ReplicaClient = { label: string; client: Client };
const globalForDb = globalThis as unknown as {
  actlasDb?: Client;
  actlasPool?: pg.Pool;
  actlasReplicas?: ReplicaClient[];
};

// Created on first use, not at import: `next build` imports route modules without a database. The pool is ours (not
// the adapter's) so the metrics can read its state. A connection attempt gives up after 5 s so that a database outage
// surfaces as an error instead of a hung request; idle connections are recycled, which also drops the broken ones
// after a database restart.
export function db(): Client {
  const enclosing = enclosingTransaction.getStore();
  if (enclosing) return enclosing;
  if (!globalForDb.actlasDb) {
    const pool = new pg.Pool({
      connectionString: requireDatabaseUrl(),
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    globalForDb.actlasPool = pool;
    globalForDb.actlasDb = createClient(pool);
  }
  return globalForDb.actlasDb;
}

// One client per DATABASE_REPLICA_URLS entry, created on first use like the primary's. Only lib/db/replicas.ts reads
// through them, and only where a caller asked for it. A standby that is down must not hold a page for the primary's
// 5 s: connecting gives up after 2 s. An idle connection it drops is only removed from the pool (an unheard 'error'
// would end the process); the next read through it fails and lib/db/replicas.ts logs it and reads from the primary.
export function replicaClients(): ReplicaClient[] {
  globalForDb.actlasReplicas ??= (env().DATABASE_REPLICA_URLS ?? []).map((url) => {
    const { host } = new URL(url);
    const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 2_000, idleTimeoutMillis: 30_000 });
    pool.on("error", () => {});
    return { label: host, client: createClient(pool) };
  });
  return globalForDb.actlasReplicas;
}

/** The pool's connections right now (all, idle) and the queries waiting for one; zeros before first use. */
export function poolState(): { total: number; idle: number; waiting: number } {
  const pool = globalForDb.actlasPool;
  return { total: pool?.totalCount ?? 0, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0 };
}

export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

export async function disconnectDb() {
  const replicas = globalForDb.actlasReplicas ?? [];
  globalForDb.actlasReplicas = undefined;
  await Promise.all([globalForDb.actlasDb?.$disconnect(), ...replicas.map((r) => r.client.$disconnect())]);
  globalForDb.actlasDb = undefined;
  globalForDb.actlasPool = undefined;
}

// Set only inside inOneTransaction(): db() is then that transaction, for every caller below it.
const enclosingTransaction = new AsyncLocalStorage<Client>();

/** True inside inOneTransaction(): no read replica can see what the transaction has written, so reads stay in it. */
export function inEnclosingTransaction(): boolean {
  return enclosingTransaction.getStore() !== undefined;
}

/**
 * Runs `work` with every db() under it in one transaction, the data layer's public entry points included: their own
 * $transaction calls join it (one level, as Postgres has no nested transactions), so a failure anywhere rolls all of
 * it back. For work that must land whole or not at all and goes through entry points that open their own transactions
 * (the demo seed), and that expects no statement to fail: a failed one aborts all of it, even if its caller catches
 * the error. Request code passes its Tx to the …Tx helpers instead.
 */
export async function inOneTransaction<T>(work: () => Promise<T>, options: { timeout: number }): Promise<T> {
  return db().$transaction(async (tx) => enclosingTransaction.run(joining(tx), work), options);
}

function joining(tx: Tx): Client {
  const joined: unknown = new Proxy(tx, {
    get(target, property) {
      if (property !== "$transaction") return Reflect.get(target, property);
      return async (arg: ((inner: Tx) => Promise<unknown>) | Promise<unknown>[]) => {
        if (typeof arg === "function") return arg(target);
        // The batch form: its queries were made through this transaction already; run them in order.
        const results: unknown[] = [];
        for (const query of arg) results.push(await query);
        return results;
      };
    },
  });
  return joined as Client;
}
