import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";

// Set before any test imports the data-access layer; lib/env reads it lazily on first database use.
process.env.DATABASE_URL = inject("databaseUrl");
// Stored webhook secrets and registry tokens are encrypted with this key (lib/crypto/secret-box.ts). One per run, not
// per file: the files share one database, and jobs such as webhook delivery and re-encryption read every file's rows.
process.env.ACTLAS_SECRETS_KEY ??= inject("secretsKey");

afterAll(async () => {
  await disconnectDb();
});
