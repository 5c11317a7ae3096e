// Applies prisma/migrations without Prisma's native schema engine, which cannot be downloaded
// on offline machines. Bookkeeping matches `prisma migrate deploy`, so either tool can take
// over a database the other has migrated.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export interface ApplyMigrationsOptions {
  /** Relative paths resolve against process.cwd(). */
  migrationsDir?: string;
  log?: (message: string) => void;
}

interface LocalMigration {
  name: string;
  sql: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  logs: string | null;
}

// The key Prisma's schema engine locks on, so this runner and `prisma migrate deploy` also
// exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;

// Verbatim from Prisma's Postgres connector.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export function readMigrations(migrationsDir: string): LocalMigration[] {
  const dir = path.resolve(migrationsDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort() // names start with a UTC timestamp, as Prisma orders them
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!fs.existsSync(file)) throw new Error(`Migration ${name} has no migration.sql`);
      return { name, sql: fs.readFileSync(file, "utf8") };
    });
}

/** Applies pending migrations in order; returns the names it applied. */
export async function applyMigrations(databaseUrl: string, options: ApplyMigrationsOptions = {}): Promise<string[]> {
  const local = readMigrations(options.migrationsDir ?? path.join("prisma", "migrations"));
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await selectSchemaFromUrl(client, databaseUrl);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      "SELECT migration_name, checksum, finished_at, logs FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY started_at",
    );
    assertHistoryUsable(rows, local);
    const done = new Set(rows.map((r) => r.migration_name));
    for (const name of rows.map((r) => r.migration_name).filter((n) => !local.some((m) => m.name === n))) {
      log(`warning: ${name} is applied in the database but missing from the migrations folder`);
    }

    const applied: string[] = [];
    for (const migration of local.filter((m) => !done.has(m.name))) {
      log(`applying ${migration.name}`);
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    log(applied.length ? `applied ${applied.length} migration(s)` : "database is up to date");
    return applied;
  } finally {
    await client.end(); // also releases the advisory lock
  }
}

/**
 * One transaction per migration: on failure nothing of it stays, so the attempt is recorded
 * as already rolled back (with its error in `logs`) and a fixed file can simply be re-run.
 */
async function applyOne(client: pg.Client, { name, sql }: LocalMigration): Promise<void> {
  const checksum = checksumOf(sql);
  try {
    await client.query("BEGIN");
    await client.query(sql);
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), checksum, name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, rolled_back_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), 0)`,
      [randomUUID(), checksum, name, message],
    );
    throw new Error(`Migration ${name} failed and was rolled back: ${message}`, { cause: error });
  }
}

function assertHistoryUsable(rows: AppliedRow[], local: LocalMigration[]): void {
  const failed = rows.find((r) => r.finished_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier and was not rolled back (logs: ${failed.logs ?? "none"}). ` +
        "Repair the database by hand, then mark it with " +
        `UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' AND finished_at IS NULL` +
        " (what `prisma migrate resolve --rolled-back` does) and run again.",
    );
  }
  for (const row of rows) {
    const file = local.find((m) => m.name === row.migration_name);
    if (file && !matchesChecksum(file.sql, row.checksum)) {
      throw new Error(
        `Migration ${row.migration_name} was changed after it was applied (checksum differs). ` +
          "Restore the original migration.sql and put the change in a new migration.",
      );
    }
  }
}

// Prisma accepts a checksum taken with either line ending, since git may convert them.
function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\r?\n/g, "\r\n")];
  return variants.some((variant) => checksumOf(variant) === checksum);
}

// Honour Prisma's `?schema=` URL parameter, which pg itself ignores.
async function selectSchemaFromUrl(client: pg.Client, databaseUrl: string): Promise<void> {
  const schema = new URL(databaseUrl).searchParams.get("schema");
  if (!schema) return;
  const id = client.escapeIdentifier(schema);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${id}`);
  await client.query(`SET search_path TO ${id}`);
}
