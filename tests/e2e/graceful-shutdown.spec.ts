import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";
import { startAppInstance, type AppInstance } from "./fixtures/app-instance";

// SIGTERM (a deploy, a scale-down) must not cut off what an instance has accepted: it stops taking connections,
// answers the requests it holds, stops its job workers after their running jobs, closes its pool, and exits 0.
// Its own database, so its background jobs never touch the other tests' data.
const BASE_PORT = Number(process.env.E2E_PORT || 3100);
const dataDir = path.resolve(`.data/e2e-shutdown-${BASE_PORT}`);
let db: EmbeddedPostgresHandle | undefined;
let app: AppInstance | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  db = await startEmbeddedPostgres({ dataDir, port: 0, database: "shutdown" });
  await applyMigrations(db.url, { log: () => undefined });
});

test.afterAll(async () => {
  app?.child.kill("SIGKILL");
  await db?.stop();
});

test("a stopped instance answers the request it holds, takes no new ones, stops its jobs and exits 0", async () => {
  test.setTimeout(120_000);
  app = await startAppInstance({ port: BASE_PORT + 60, databaseUrl: db!.url, env: { JOBS_ENABLED: "true" } });
  await expect.poll(async () => (await fetch(`${app!.url}/readyz`)).status, { timeout: 30_000 }).toBe(200);

  // Hold a request inside the server: /readyz reads the migrations table, which this transaction locks.
  const blocker = new pg.Client({ connectionString: db!.url });
  await blocker.connect();
  await blocker.query("BEGIN");
  await blocker.query('LOCK TABLE "_prisma_migrations" IN ACCESS EXCLUSIVE MODE');
  const held = fetch(`${app.url}/readyz`);
  await expect
    .poll(async () => {
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
        await fetch(`${app!.url}/healthz`).then(
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

  expect(await app.exited).toBe(0);
  expect(app.output()).toContain("background jobs stopped");
  expect(app.output()).toContain("shutdown complete");
});
