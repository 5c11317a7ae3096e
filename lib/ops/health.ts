import "server-only";
import { poolState } from "@/lib/db/client";
import { databaseCheck, migrationCheck, type Check } from "@/lib/dal/ops/health";
import { JOBS } from "@/lib/jobs/queues";
import { backgroundJobs } from "@/lib/jobs/start";
import { metrics } from "@/lib/metrics";
import { isDraining } from "@/lib/ops/shutdown";
import { within } from "@/lib/within";

// What /readyz and /metrics report: the database checks of the data layer plus this process's background jobs. Kept
// above both lib/dal and lib/jobs (the jobs run data-layer code), so neither imports the other in a loop.

export type Readiness = {
  ready: boolean;
  checks: { serving: Check; database: Check; migrations: Check; jobs: Check };
};

const QUEUE_TIMEOUT_MS = 2_000;

/**
 * Ready to serve: not shutting down, the database answers, every migration in the folder is applied, and the jobs
 * run (unless off).
 */
export async function readiness(): Promise<Readiness> {
  const serving: Check = isDraining()
    ? { ok: false, detail: "shutting down: finishing in-flight requests" }
    : { ok: true, detail: "accepting requests" };
  const database = await databaseCheck();
  const migrations = database.ok ? await migrationCheck() : { ok: false, detail: "database unreachable" };
  const runner = await backgroundJobs();
  const jobs: Check =
    runner === "disabled"
      ? { ok: true, detail: "disabled on this instance (JOBS_ENABLED=false)" }
      : runner
        ? { ok: true, detail: "running" }
        : { ok: false, detail: "not running (see the server log)" };
  return {
    ready: serving.ok && database.ok && migrations.ok && jobs.ok,
    checks: { serving, database, migrations, jobs },
  };
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
      const size = await within(QUEUE_TIMEOUT_MS, runner.boss.getQueueSize(job.queue)).catch(() => null);
      if (size !== null) m.queueDepth.set({ queue: job.queue }, size);
    }
  }
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}
