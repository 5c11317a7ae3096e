import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { withDatabase } from "@/lib/db/database-url";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";

type Holder = { actlasDb?: unknown };

// "Another server": a second, freshly migrated database. While `run` runs, the data-access layer's client (the one
// db() hands out) points at it, so an export can be restored somewhere that has never seen the original rows.
export async function withSecondDatabase<T>(run: () => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL!;
  const name = `actlas_restore_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const holder = globalThis as unknown as Holder;
  const original = holder.actlasDb;
  const second = new PrismaClient({
    adapter: new PrismaPg({ connectionString: withDatabase(url, name) }),
    omit: { user: { passwordHash: true } },
  });
  try {
    await applyMigrations(withDatabase(url, name));
    holder.actlasDb = second;
    return await run();
  } finally {
    holder.actlasDb = original;
    await second.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
