import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { requireDatabaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { containsNul } from "@/lib/nul";

const NUL_MESSAGE =
  "The input contains an invisible NUL character (\\0), which cannot be stored or looked up. Remove it and try again.";

function createClient() {
  // A connection attempt gives up after 5 s so that a database outage surfaces as an error instead of a hung
  // request; idle connections are recycled, which also drops the broken ones after a database restart.
  const adapter = new PrismaPg({
    connectionString: requireDatabaseUrl(),
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // passwordHash is omitted everywhere by default; the one credential check opts back in explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } }).$extends({
    query: {
      async $allOperations({ args, query }) {
        // Every query from every caller (actions, API, jobs) passes here, so one check covers them all.
        if (containsNul(args)) throw new AppError("VALIDATION", NUL_MESSAGE);
        return query(args);
      },
    },
  });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { actlasDb?: Client };

// Created on first use, not at import: `next build` imports route modules without a database.
export function db(): Client {
  globalForDb.actlasDb ??= createClient();
  return globalForDb.actlasDb;
}

export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

export async function disconnectDb() {
  await globalForDb.actlasDb?.$disconnect();
  globalForDb.actlasDb = undefined;
}
