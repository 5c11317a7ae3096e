import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { requireDatabaseUrl } from "@/lib/env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl() });
  // passwordHash is omitted everywhere by default; the one credential check opts back in explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
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
