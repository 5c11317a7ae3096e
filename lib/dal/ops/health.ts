import "server-only";
import path from "node:path";
import { db, poolState } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { JOBS } from "@/lib/jobs/queues";
import { backgroundJobs } from "@/lib/jobs/start";
import { metrics } from "@/lib/metrics";

// Operations endpoints (/readyz, /metrics): no actor and no tenant data. They read only facts about the process and
// the database as a whole (reachable, migrated, queue sizes), never a row of any organisation; /metrics is guarded by
// its own token in the route.

export type Check = { ok: boolean; detail: string };
export type Readiness = { ready: boolean; checks: { database: Check; migrations: Check; jobs: Check } };

const DB_TIMEOUT_MS = 2_000;

/** Ready to serve: the database answers, every migration in the folder is applied, and the jobs run (unless off). */
export async function readiness(): Promise<Readiness> {
  const database = await within(DB_TIMEOUT_MS, db().$queryRaw<{ one: number }[]>`SELECT 1 AS one`).then(
    (): Check => ({ ok: true, detail: "reachable" }),
    (err: unknown): Check => ({
      ok: false,
      detail: err instanceof Error ? err.message.split("\n")[0]! : "unreachable",
    }),
  );
  const migrations = database.ok ? await migrationCheck() : { ok: false, detail: "database unreachable" };
  const runner = await backgroundJobs();
  const jobs: Check =
    runner === "disabled"
      ? { ok: true, detail: "disabled on this instance (JOBS_ENABLED=false)" }
      : runner
        ? { ok: true, detail: "running" }
        : { ok: false, detail: "not running (see the server log)" };
  return { ready: database.ok && migrations.ok && jobs.ok, checks: { database, migrations, jobs } };
}

async function migrationCheck(): Promise<Check> {
  const local = readMigrations(path.join(process.cwd(), "prisma", "migrations")).map((m) => m.name);
  const rows = await db().$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((r) => r.name));
  const pending = local.filter((name) => !applied.has(name));
  return pending.length === 0
    ? { ok: true, detail: `${local.length} applied` }
    : { ok: false, detail: `${pending.length} not applied, first ${pending[0]}` };
}

/** The metrics in Prometheus' text format, with the gauges read now (pool, queue sizes). */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  const m = metrics();
  const pool = poolState();
  m.dbPool.set({ state: "total" }, pool.total);
  m.dbPool.set({ state: "idle" }, pool.idle);
  m.dbPool.set({ state: "waiting" }, pool.waiting);
  const runner = await backgroundJobs();
  if (runner && runner !== "disabled") {
    for (const job of Object.values(JOBS)) {
      const size = await within(DB_TIMEOUT_MS, runner.boss.getQueueSize(job.queue)).catch(() => null);
      if (size !== null) m.queueDepth.set({ queue: job.queue }, size);
    }
  }
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
