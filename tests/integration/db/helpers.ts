import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { assertLocalDatabaseUrl, withDatabase } from "../../../lib/db/database-url";

/** A cluster folder of its own per test file, never the developer's .data/postgres. */
export function testDataDir(name: string): string {
  return path.join(".data", `test-db-${name}`);
}

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh, uniquely named database on the server behind `serverUrl`; `drop()` removes it. */
export async function scratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  assertLocalDatabaseUrl(serverUrl);
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = withDatabase(serverUrl, "postgres");
  await query(admin, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => void (await query(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/** Writes `{ name: sql }` as prisma/migrations-style folders in a new temp dir. */
export function migrationsFolder(migrations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "actlas-migrations-"));
  for (const [name, sql] of Object.entries(migrations)) writeMigration(dir, name, sql);
  return dir;
}

export function writeMigration(dir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}
