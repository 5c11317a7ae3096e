import "server-only";
import path from "node:path";
import { db } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { within } from "@/lib/within";

// Operations checks on the database as a whole (reachable, migrated): no actor and no tenant data, never a row of
// any organisation. lib/ops/health.ts adds the background jobs and serves /readyz and /metrics.

export type Check = { ok: boolean; detail: string };

const DB_TIMEOUT_MS = 2_000;

/** The database answers within 2 s. */
export async function databaseCheck(): Promise<Check> {
  return within(DB_TIMEOUT_MS, db().$queryRaw<{ one: number }[]>`SELECT 1 AS one`).then(
    (): Check => ({ ok: true, detail: "reachable" }),
    (err: unknown): Check => ({
      ok: false,
      detail: err instanceof Error ? err.message.split("\n")[0]! : "unreachable",
    }),
  );
}

/** Every migration in the folder is applied. */
export async function migrationCheck(): Promise<Check> {
  const local = readMigrations(path.join(process.cwd(), "prisma", "migrations")).map((m) => m.name);
  const rows = await db().$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((r) => r.name));
  const pending = local.filter((name) => !applied.has(name));
  return pending.length === 0
    ? { ok: true, detail: `${local.length} applied` }
    : { ok: false, detail: `${pending.length} not applied, first ${pending[0]}` };
}
