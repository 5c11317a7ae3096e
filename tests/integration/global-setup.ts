import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { assertLocalDatabaseUrl, withDatabase } from "../../lib/db/database-url";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";
import { adminQuery, dropRunDatabases } from "./worker-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    secretsKey: string;
  }
}

// A fresh, migrated database per run on a local Postgres: ACTLAS_TEST_DATABASE_URL when the test runner provides
// one, else an embedded server of the tests' own (never the development data in .data/postgres). Each test worker
// works on a copy of it (worker-database.ts).
export default async function setup(project: TestProject) {
  let handle: EmbeddedPostgresHandle | undefined;
  let serverUrl = process.env.ACTLAS_TEST_DATABASE_URL;
  if (!serverUrl) {
    handle = await startEmbeddedPostgres({ dataDir: ".data/test-postgres", port: 0, database: "postgres" });
    serverUrl = handle.url;
  }
  assertLocalDatabaseUrl(serverUrl);
  const name = `actlas_it_${Date.now()}_${process.pid}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  project.provide("secretsKey", randomBytes(32).toString("base64"));
  return async () => {
    await dropRunDatabases(url);
    await handle?.stop();
  };
}
