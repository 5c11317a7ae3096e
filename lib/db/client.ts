import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { requireDatabaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";

const NUL_MESSAGE = "The input contains an invisible NUL character (\\0), which cannot be stored or looked up. Remove it and try again.";

// Postgres refuses NUL in text with a driver error that would surface as a 500. Every query from every caller
// (actions, API, jobs) passes here, so one check turns it into an ordinary validation error before SQL is sent.
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || value === null || typeof value !== "object" || value instanceof Uint8Array || value instanceof Date) return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  for (const key in value) if (containsNul((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

function createClient() {
  // A connection attempt gives up after 5 s so that a database outage surfaces as an error instead of a hung
  // request; idle connections are recycled, which also drops the broken ones after a database restart.
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // passwordHash is omitted everywhere by default; the one credential check opts back in explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } }).$extends({
    query: {
      async $allOperations({ args, query }) {
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
