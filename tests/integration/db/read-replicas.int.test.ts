import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { exportSystems, listSystems } from "@/lib/dal/systems/system-list";
import { createSystem } from "@/lib/dal/systems/systems";
import { disconnectDb, inOneTransaction } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { createOrganization } from "../../helpers/factories";
import { parsedIntake } from "../intake/intake-fixtures";
import { query } from "./helpers";
import { replicaOutcomes } from "./replica-outcomes";
import { startStreamingPair, type StreamingPair } from "./streaming-replica";

// The dashboard, the inventory list and its export against a real hot standby streaming from a real primary: read
// from the standby while it has caught up, from the primary while it lags (so a change just made is never missed) and
// while it is gone (so the page still answers).

let pair: StreamingPair;
let admin: UserActor;
const sharedDatabaseUrl = process.env.DATABASE_URL;

// The replica is read as a role that may only SELECT, as docs/deploy.md says is enough (made on the primary, it
// replicates like everything else).
async function prepare(url: string) {
  await applyMigrations(url);
  await query(url, `CREATE ROLE ${READER} LOGIN PASSWORD '${READER}'`);
  await query(url, `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${READER}`);
}

const READER = "actlas_reader";

beforeAll(async () => {
  pair = await startStreamingPair("reads", prepare);
  // Before the first query of this file: the client and the environment are made on first use.
  process.env.DATABASE_URL = pair.primaryUrl;
  process.env.DATABASE_REPLICA_URLS = pair.standbyUrl.replace("postgres:postgres@", `${READER}:${READER}@`);
  ({ admin } = await createOrganization("Replicated"));
}, 60_000);

afterAll(async () => {
  await disconnectDb();
  await pair?.stop();
  process.env.DATABASE_URL = sharedDatabaseUrl;
  delete process.env.DATABASE_REPLICA_URLS;
});

const listQuery = { page: 1, pageSize: 50, sort: "name" } as const;

async function readEverything(actor: UserActor) {
  const list = await listSystems(actor, listQuery);
  const dashboard = await getDashboard(actor, {});
  const exported: string[] = [];
  for await (const rows of await exportSystems(actor, listQuery)) exported.push(...rows.map((r) => r.name));
  return { listed: list.rows.map((r) => r.name), total: list.total, onDashboard: dashboard.systems.total, exported };
}

async function namesOnStandby(): Promise<string[]> {
  const rows = await query<{ name: string }>(pair.standbyUrl, `SELECT name FROM "AiSystem" ORDER BY name`);
  return rows.map((r) => r.name);
}

describe("read replicas", () => {
  it("reads the dashboard, the inventory list and its export from a standby that has caught up", async () => {
    await createSystem(admin, parsedIntake({ name: "Alpha" }));
    await pair.caughtUp();
    const before = await replicaOutcomes();

    expect(await readEverything(admin)).toEqual({ listed: ["Alpha"], total: 1, onDashboard: 1, exported: ["Alpha"] });

    const after = await replicaOutcomes();
    // List rows, list count, dashboard figures, one export batch.
    expect(after.replica - before.replica).toBeGreaterThanOrEqual(4);
    expect(after.lagging + after.unreachable + after.failed).toBe(before.lagging + before.unreachable + before.failed);
  });

  it("reads from the primary while the standby lags, so the change just made is on every view", async () => {
    await pair.pauseReplay();
    try {
      await createSystem(admin, parsedIntake({ name: "Bravo" }));
      const before = await replicaOutcomes();

      const views = await readEverything(admin);
      expect(views).toEqual({ listed: ["Alpha", "Bravo"], total: 2, onDashboard: 2, exported: ["Alpha", "Bravo"] });
      // The lag is real: the standby does not have the new system yet.
      expect(await namesOnStandby()).toEqual(["Alpha"]);

      const after = await replicaOutcomes();
      expect(after.replica).toBe(before.replica);
      expect(after.lagging - before.lagging).toBeGreaterThanOrEqual(4);
    } finally {
      await pair.resumeReplay();
    }
    await pair.caughtUp();
    const before = await replicaOutcomes();
    expect((await listSystems(admin, listQuery)).rows.map((r) => r.name)).toEqual(["Alpha", "Bravo"]);
    expect((await replicaOutcomes()).replica).toBeGreaterThan(before.replica);
  });

  it("inside one enclosing transaction (the demo seed's), reads see what that transaction has written so far", async () => {
    await pair.caughtUp();
    const rolledBack = inOneTransaction(
      async () => {
        await createSystem(admin, parsedIntake({ name: "Uncommitted" }));
        // The transaction's own change is not on the standby (nor committed): only the transaction itself sees it.
        expect((await listSystems(admin, listQuery)).rows.map((r) => r.name)).toEqual([
          "Alpha",
          "Bravo",
          "Uncommitted",
        ]);
        throw new Error("roll back");
      },
      { timeout: 20_000 },
    );
    await expect(rolledBack).rejects.toThrow("roll back");
    expect((await listSystems(admin, listQuery)).rows.map((r) => r.name)).toEqual(["Alpha", "Bravo"]);
  });

  it("reads again from the primary what fails on the standby", async () => {
    await query(pair.primaryUrl, `REVOKE SELECT ON "AiSystem" FROM ${READER}`);
    try {
      await pair.caughtUp();
      const before = await replicaOutcomes();
      expect((await listSystems(admin, listQuery)).rows.map((r) => r.name)).toEqual(["Alpha", "Bravo"]);
      const after = await replicaOutcomes();
      // The rows (the count is kept against the unchanged data stamp) pass the freshness check, fail on the standby
      // (permission denied) and are read again on the primary.
      expect(after.failed - before.failed).toBeGreaterThanOrEqual(1);
      expect(after.replica).toBe(before.replica);
    } finally {
      await query(pair.primaryUrl, `GRANT SELECT ON "AiSystem" TO ${READER}`);
    }
    await pair.caughtUp();
    const before = await replicaOutcomes();
    await listSystems(admin, listQuery);
    expect((await replicaOutcomes()).replica - before.replica).toBeGreaterThanOrEqual(1);
  });

  it("reads from the primary once the standby has gone, without waiting for it on every read", async () => {
    await createSystem(admin, parsedIntake({ name: "Charlie" }));
    await pair.caughtUp();
    await pair.stopStandby();
    const before = await replicaOutcomes();

    // The list's rows and count are read side by side: both find the standby gone (connection refused).
    expect((await listSystems(admin, listQuery)).rows.map((r) => r.name)).toEqual(["Alpha", "Bravo", "Charlie"]);
    const found = await replicaOutcomes();
    expect(found.unreachable - before.unreachable).toBeGreaterThanOrEqual(1);

    // Then it is left alone: the next reads go straight to the primary.
    const started = Date.now();
    const views = await readEverything(admin);
    expect(views).toEqual({
      listed: ["Alpha", "Bravo", "Charlie"],
      total: 3,
      onDashboard: 3,
      exported: ["Alpha", "Bravo", "Charlie"],
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await replicaOutcomes()).toEqual(found);
    expect(found.replica).toBe(before.replica);
  });
});
