import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { workerDatabase } from "./worker-database";

// Set before any test imports the data-access layer; lib/env reads it lazily on first database use. The worker's own
// copy of the run's database, so two files running side by side never see each other's rows.
process.env.DATABASE_URL = await workerDatabase(inject("databaseUrl"), process.env.VITEST_POOL_ID ?? "1");
// Stored webhook secrets and registry tokens are encrypted with this key (lib/crypto/secret-box.ts). One per run, not
// per file: a worker's files share one database, and jobs such as webhook delivery and re-encryption read every file's rows.
process.env.ACTLAS_SECRETS_KEY ??= inject("secretsKey");

afterAll(async () => {
  await disconnectDb();
});
