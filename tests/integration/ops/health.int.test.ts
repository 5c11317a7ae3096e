import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as healthz } from "@/app/healthz/route";
import { GET as metricsRoute } from "@/app/metrics/route";
import { GET as readyz } from "@/app/readyz/route";
import { db } from "@/lib/db/client";
import { runMeasured, type JobRunner } from "@/lib/jobs/runner";
import { startBackgroundJobs } from "@/lib/jobs/start";
import { installShutdownHooks } from "@/lib/ops/shutdown";
import { call } from "../api/helpers";

// The operations endpoints as a load balancer and Prometheus use them, against the real database and the real
// pg-boss runner of this process.
const TOKEN = "metrics-token-for-the-scale-tests-0123";
let runner: JobRunner | null = null;

beforeAll(async () => {
  // Read by lib/env on first use, which is after this hook.
  process.env.ACTLAS_METRICS_TOKEN = TOKEN;
  runner = await startBackgroundJobs();
});
afterAll(async () => {
  await runner?.stop();
});

const get = (handler: typeof healthz, path: string, headers: Record<string, string> = {}) =>
  handler(new NextRequest(`http://localhost${path}`, { headers }));
const scrape = async () => (await get(metricsRoute, "/metrics", { authorization: `Bearer ${TOKEN}` })).text();

describe("operations endpoints", () => {
  it("/healthz answers while the process is up", async () => {
    const res = await get(healthz, "/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz is ready with the database, its migrations and the jobs, and says which check fails", async () => {
    expect(runner).not.toBeNull();
    const ready = await get(readyz, "/readyz");
    const body = await ready.json();
    expect(ready.status, JSON.stringify(body)).toBe(200);
    expect(body.checks.database.ok && body.checks.migrations.ok && body.checks.jobs.ok).toBe(true);

    // A migration the database has not applied (as after a deploy that skipped `migrate`): not ready.
    const [last] = await db().$queryRaw<{ id: string; name: string }[]>`
      SELECT id, migration_name AS name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db().$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${last!.id}`;
    try {
      const behind = await get(readyz, "/readyz");
      expect(behind.status).toBe(503);
      expect((await behind.json()).checks.migrations).toEqual({
        ok: false,
        detail: `1 not applied, first ${last!.name}`,
      });
    } finally {
      await db().$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${last!.id}`;
    }
  });

  it("/readyz turns 503 once the process is asked to stop, so a load balancer sends it nothing new", async () => {
    installShutdownHooks();
    const hooks = (globalThis as { actlasShutdown?: { begin: () => void } }).actlasShutdown;
    hooks!.begin();
    try {
      const draining = await get(readyz, "/readyz");
      expect(draining.status).toBe(503);
      expect((await draining.json()).checks.serving).toEqual({
        ok: false,
        detail: "shutting down: finishing in-flight requests",
      });
    } finally {
      (globalThis as { actlasDraining?: boolean }).actlasDraining = false;
    }
    expect((await get(readyz, "/readyz")).status).toBe(200);
  });

  it("/metrics needs its token", async () => {
    expect((await get(metricsRoute, "/metrics")).status).toBe(401);
    expect(
      (await get(metricsRoute, "/metrics", { authorization: "Bearer wrong-token-of-some-length-000" })).status,
    ).toBe(401);
    const ok = await get(metricsRoute, "/metrics", { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/plain");
  });

  it("/metrics counts requests per route with ids folded, job runs and outcomes, queue depth and the pool", async () => {
    await get(healthz, "/healthz");
    await get(readyz, "/readyz");
    await call("GET", "/openapi.json");
    await call("GET", "/systems/{id}", { params: { id: "cnotarealsystemid0000000000" } });
    await runMeasured("actlas-test-job", async () => null);
    await expect(
      runMeasured("actlas-test-job", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const text = await scrape();
    expect(text).toMatch(
      /actlas_http_request_duration_seconds_count\{kind="route",route="\/healthz",method="GET",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /actlas_http_request_duration_seconds_count\{kind="api",route="\/openapi.json",method="GET",status="200"\} [1-9]/,
    );
    // The route template, never the id a caller sent: the label set stays bounded.
    expect(text).toMatch(/kind="api",route="\/systems\/\{id\}",method="GET",status="401"/);
    expect(text).not.toContain("cnotarealsystemid");
    expect(text).toMatch(/actlas_job_runs_total\{job="actlas-test-job",outcome="ok"\} 1/);
    expect(text).toMatch(/actlas_job_runs_total\{job="actlas-test-job",outcome="failed"\} 1/);
    expect(text).toMatch(/actlas_job_queue_depth\{queue="actlas-reminders"\} \d+/);
    expect(text).toMatch(/actlas_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toContain("actlas_process_resident_memory_bytes");
  });
});
