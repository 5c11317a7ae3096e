import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { ownDatabase } from "./fixtures/own-database";

// SIGTERM (a deploy, a scale-down) must not cut off what an instance has accepted: it stops taking connections,
// answers the requests it holds, stops its job workers after their running jobs, closes its pool, and exits 0.
// Its own database, so its background jobs never touch the other tests' data.
const BASE_PORT = Number(process.env.E2E_PORT || 3100);
const own = ownDatabase("shutdown");

test("a stopped instance answers the request it holds, takes no new ones, stops its jobs and exits 0", async () => {
  test.setTimeout(120_000);
  const app = await own.startApp({ port: BASE_PORT + 60, env: { JOBS_ENABLED: "true" } });
  await expect.poll(async () => (await fetch(`${app.url}/readyz`)).status, { timeout: 30_000 }).toBe(200);

  // Hold a request inside the server: /readyz reads the migrations table, which this transaction locks.
  const blocker = new pg.Client({ connectionString: own.url() });
  await blocker.connect();
  await blocker.query("BEGIN");
  await blocker.query('LOCK TABLE "_prisma_migrations" IN ACCESS EXCLUSIVE MODE');
  const held = fetch(`${app.url}/readyz`);
  await expect
    .poll(async () => {
      // Inside a transaction pg_stat_activity keeps the backends and query texts of its first look, so a query the
      // app sends later, or on a connection it opens later, would never show without a fresh look.
      await blocker.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await blocker.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%_prisma_migrations%'`,
      );
      return rows[0].n;
    })
    .toBeGreaterThan(0);

  app.child.kill("SIGTERM");
  // New connections are refused while the held request is still open.
  await expect
    .poll(
      async () =>
        await fetch(`${app.url}/healthz`).then(
          () => "answered",
          () => "refused",
        ),
      {
        timeout: 10_000,
      },
    )
    .toBe("refused");
  expect(app.child.exitCode).toBeNull();

  await blocker.query("COMMIT");
  await blocker.end();
  const answer = await held;
  expect(answer.status).toBe(200);
  expect((await answer.json()).checks.migrations.ok).toBe(true);

  expect(await app.exited, app.output().slice(-2000)).toBe(0);
  expect(app.output()).toContain("background jobs stopped");
  expect(app.output()).toContain("shutdown complete");
});

test("an instance stops on SIGTERM even when the app's own shutdown step fails", async () => {
  test.setTimeout(120_000);
  // A secret too short for lib/env: the server listens, but everything in the app that reads its settings throws,
  // its shutdown hooks included. Run directly (npm start refuses such a setting before it starts a server).
  const app = await own.startApp({
    port: BASE_PORT + 63,
    env: { JOBS_ENABLED: "false", NEXTAUTH_SECRET: "short" },
    until: "listening",
  });
  await fetch(`${app.url}/healthz`).catch(() => undefined);
  const started = Date.now();
  app.child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    app.exited,
    new Promise((resolve) => (timer = setTimeout(() => resolve("still running"), 40_000))),
  ]).finally(() => clearTimeout(timer));
  expect(code, app.output().slice(-2000)).toBe(1);
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(app.output()).toContain("shutdown failed");
});

// ps exits 1 when the process has no children.
const childPids = (pid: number): number[] => {
  try {
    return execFileSync("ps", ["--ppid", String(pid), "-o", "pid="], { encoding: "utf8" })
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0);
  } catch {
    return [];
  }
};
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test("ACTLAS_INSTANCES=2 serves from two processes, replaces one that dies, and stops both on SIGTERM", async () => {
  test.setTimeout(150_000);
  const app = await own.startApp({ port: BASE_PORT + 61, env: { ACTLAS_INSTANCES: "2" } });
  const primary = app.child.pid!;
  await expect.poll(() => childPids(primary).length, { timeout: 60_000 }).toBe(2);
  // Both listening (the first answer above may have come from either while the other was still starting).
  const readyLines = () =>
    app
      .output()
      .split("\n")
      .filter((line) => line.includes("] Ready on")).length;
  await expect.poll(readyLines, { timeout: 60_000 }).toBe(2);
  const [first] = childPids(primary);

  process.kill(first!, "SIGKILL");
  // The other instance answers meanwhile; a new one takes the place of the dead one.
  // A connection the primary had just handed to the dead one is lost with it (a client's timeout and retry, as a
  // load balancer's, covers that); new connections reach the live one.
  const healthz = () =>
    fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.status,
      () => 0,
    );
  await expect.poll(healthz, { timeout: 15_000 }).toBe(200);
  await expect.poll(() => childPids(primary).filter((pid) => pid !== first).length, { timeout: 60_000 }).toBe(2);
  expect(app.output()).toContain(`instance ${first} ended (SIGKILL): starting another`);

  const instances = childPids(primary);
  app.child.kill("SIGTERM");
  expect(await app.exited, app.output().slice(-2000)).toBe(0);
  expect(instances.filter(alive)).toEqual([]);
});
