// The driver adapter the WASM schema engine talks to: adapter-pg (pinned) plus the fixes the
// engine needs, and the Result-returning binding it expects. Internals: developer tool only.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

export type Fields = { host: string; port: number; user: string; password: string; database: string; ssl?: boolean };

const CHAR_OID = 18; // Postgres' internal "char", returned by catalog queries
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const charColumns = new WeakMap<object, number[]>();

/**
 * Separate fields, not a connectionString: adapter-pg derives the shadow database by
 * overriding `database`, which a connectionString silently wins over (the shadow would be
 * the real database).
 */
export function connectionFields(databaseUrl: string): Fields {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
    ...(sslmode && sslmode !== "disable" ? { ssl: true } : {}),
  };
}

export function migrationAwareFactory(fields: Fields) {
  const admin = async (sql: string) => {
    const client = new pg.Client(fields);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const shadows = new Set<string>();
  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    /** Drops shadow databases the engine did not dispose of (it skips that when it fails). */
    dropLeftovers: async () => {
      for (const name of shadows) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    connect: async () => patchAdapter(await new PrismaPg(fields).connect()),
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin(`CREATE DATABASE "${name}"`);
      shadows.add(name);
      const adapter = patchAdapter(await new PrismaPg({ ...fields, database: name }).connect());
      const closePool = adapter.dispose.bind(adapter);
      // adapter-pg drops the shadow database while its own pool still holds connections to it,
      // which fails: close the pool first, then force the drop.
      adapter.dispose = async () => {
        await closePool();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        shadows.delete(name);
      };
      return adapter;
    },
  };
}

/** adapter-pg fixes that only the schema engine's catalog queries and scripts need. */
function patchAdapter<T>(adapter: T): T {
  const a = adapter as unknown as {
    performIO(q: unknown): Promise<{ fields: { dataTypeID: number }[]; rows: object }>;
    queryRaw?: (q: unknown) => Promise<{ columnTypes: number[]; rows: object }>;
    onError(e: unknown): never;
    startTransaction?: (level?: unknown) => Promise<unknown>;
    executeScript?: (script: string) => Promise<void>;
    underlyingDriver?: () => pg.Pool;
  };
  // adapter-pg rejects Postgres' internal "char" type (catalog columns such as contype) as
  // unsupported, while the engine reads those columns as Character: let them through as text,
  // then retype them. Rows arrays identify the query, so concurrent queries don't mix.
  const performIO = a.performIO.bind(a);
  a.performIO = async (query) => {
    const result = await performIO(query);
    const chars = result.fields.flatMap((field, i) => (field.dataTypeID === CHAR_OID ? [i] : []));
    for (const field of result.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    if (chars.length) charColumns.set(result.rows, chars);
    return result;
  };
  if (a.queryRaw) {
    const queryRaw = a.queryRaw.bind(a);
    a.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
      return result;
    };
  }
  if (a.startTransaction) {
    const startTransaction = a.startTransaction.bind(a);
    a.startTransaction = async (level) => patchAdapter(await startTransaction(level));
  }
  if (a.executeScript && a.underlyingDriver) {
    // adapter-pg splits scripts on every ";", breaking function bodies and string literals in
    // migrations: send the script whole (the simple query protocol runs several statements).
    const pool = a.underlyingDriver();
    a.executeScript = async (script) => {
      await pool.query(script).catch((e: unknown) => a.onError(e));
    };
  }
  return adapter;
}

/**
 * The engine expects every adapter method to return a Result object instead of throwing
 * (what Prisma's internal binder does); plain JS errors are kept here and looked up by id.
 */
export function bindFactory(factory: ReturnType<typeof migrationAwareFactory>) {
  const errors: unknown[] = [];
  const wrap =
    <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, map: (r: R) => unknown = (r) => r) =>
    async (...args: A) => {
      try {
        return { ok: true, value: map(await fn(...args)) };
      } catch (error) {
        const cause = (error as { name?: string; cause?: unknown }).cause;
        if ((error as { name?: string }).name === "DriverAdapterError") return { ok: false, error: cause };
        return { ok: false, error: { kind: "GenericJs", id: errors.push(error) - 1 } };
      }
    };
  const bindQueryable = (q: Record<string, unknown>): Record<string, unknown> => {
    const bound: Record<string, unknown> = {
      adapterName: q.adapterName,
      provider: q.provider,
      options: q.options,
      errorRegistry: { errors },
    };
    for (const method of [
      "queryRaw",
      "executeRaw",
      "executeScript",
      "dispose",
      "commit",
      "rollback",
      "createSavepoint",
      "rollbackToSavepoint",
      "releaseSavepoint",
    ]) {
      if (typeof q[method] === "function") bound[method] = wrap((q[method] as (...a: unknown[]) => unknown).bind(q));
    }
    if (typeof q.startTransaction === "function") {
      bound.startTransaction = wrap(
        (q.startTransaction as (l?: unknown) => Promise<Record<string, unknown>>).bind(q),
        bindQueryable,
      );
    }
    if (typeof q.getConnectionInfo === "function") {
      const info = (q.getConnectionInfo as () => unknown).bind(q);
      bound.getConnectionInfo = () => ({ ok: true, value: info() });
    }
    return bound;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    errors,
    connect: wrap(factory.connect, (a) => bindQueryable(a as unknown as Record<string, unknown>)),
    connectToShadowDb: wrap(factory.connectToShadowDb, (a) => bindQueryable(a as unknown as Record<string, unknown>)),
  };
}
