import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";

// Set before any test imports the data-access layer; lib/env reads it lazily on first database use.
process.env.DATABASE_URL = inject("databaseUrl");
// Stored webhook secrets and registry tokens are encrypted with this key (lib/crypto/secret-box.ts); one per file.
process.env.ACTLAS_SECRETS_KEY ??= randomBytes(32).toString("base64");

afterAll(async () => {
  await disconnectDb();
});
