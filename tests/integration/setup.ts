import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";

// Set before any test imports the data-access layer; lib/env reads it lazily on first database use.
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  await disconnectDb();
});
