import pg from "pg";
import { databaseName, withDatabase } from "../../lib/db/database-url";

export async function adminQuery(serverUrl: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

const workerName = (template: string, worker: string) => `${template}_w${worker}`;

/**
 * The database of one test worker: a copy of the run's migrated database, made when the worker's first file starts.
 * Files run two at a time; each worker's files share its copy, as all files shared one database before.
 */
export async function workerDatabase(templateUrl: string, worker: string): Promise<string> {
  const template = databaseName(templateUrl);
  const name = workerName(template, worker);
  const exists = await adminQuery(templateUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) {
    // Two workers copying at the same moment: Postgres refuses the second while the first reads the template.
    for (let attempt = 1; ; attempt++) {
      try {
        await adminQuery(templateUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  }
  return withDatabase(templateUrl, name);
}

/** Drops the run's database and every worker's copy of it. */
export async function dropRunDatabases(templateUrl: string) {
  const template = databaseName(templateUrl);
  const copies = await adminQuery(templateUrl, "SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [
    `${template}_w`,
  ]);
  for (const { datname } of copies.rows as { datname: string }[])
    await adminQuery(templateUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await adminQuery(templateUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
}

/** The database this test file runs on (its worker's copy, set by setup.ts). */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: integration tests run through tests/integration/setup.ts");
  return url;
}
