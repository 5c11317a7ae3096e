import { testDatabaseUrl } from "../worker-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../../lib/db/migrate";
import { query, scratchDatabase } from "./helpers";
import { insert, insertTree, rowFor, type Tree } from "./tenant-tree";

// The two migrations that give link and version tables their organisation and add the composite foreign keys, run
// on a database that already holds data from before them.
const COLUMNS = "20261204231258_tenant_organization_columns";
const FKS = "20261204231317_tenant_composite_fks";
const GAINED = ["ModelVersion", "AiSystemModel", "AiSystemDataset", "EvidenceVersion"];
const MIGRATIONS = path.join("prisma", "migrations");

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A copy of the real migrations folder holding the migrations up to (and without) `before`, or up to `through`. */
function migrationsUpTo(options: { before: string } | { through: string }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "actlas-tenant-fks-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const name of fs
    .readdirSync(MIGRATIONS)
    .filter((n) => /^\d{14}_/.test(n))
    .sort()) {
    if ("before" in options ? name >= options.before : name > options.through) continue;
    fs.cpSync(path.join(MIGRATIONS, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

/** A scratch database migrated to just before the two migrations, with a client; then the folder to finish with. */
async function databaseBeforeTheMigrations() {
  const db = await scratchDatabase(testDatabaseUrl());
  cleanups.push(db.drop);
  await applyMigrations(db.url, { migrationsDir: migrationsUpTo({ before: COLUMNS }), log: () => {} });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  cleanups.push(() => client.end());
  return { url: db.url, client, rest: migrationsUpTo({ through: FKS }) };
}

// Rows of the four tables as the old schema had them: no organizationId.
async function oldChildRows(client: pg.Client, tree: Tree, override: Record<string, string> = {}) {
  await insert(client, "AiSystemModel", rowFor("AiSystemModel", tree, override, ["organizationId"]));
  await insert(client, "AiSystemDataset", rowFor("AiSystemDataset", tree, override, ["organizationId"]));
  await insert(client, "EvidenceVersion", rowFor("EvidenceVersion", tree, override, ["organizationId"]));
}

describe("migrations tenant_organization_columns and tenant_composite_fks on existing data", () => {
  it("backfill each link and version row with its parent's organisation and then enforce it", async () => {
    const { url, client, rest } = await databaseBeforeTheMigrations();
    const trees = [await insertTree(client, GAINED), await insertTree(client, GAINED)] as const;
    for (const tree of trees) await oldChildRows(client, tree);

    // Other migrations of the same days may sit between the two.
    expect(await applyMigrations(url, { migrationsDir: rest, log: () => {} })).toEqual(
      expect.arrayContaining([COLUMNS, FKS]),
    );

    for (const tree of trees) {
      const rows = await query(
        url,
        `
        SELECT 'ModelVersion' AS t, "organizationId" AS org FROM "ModelVersion" WHERE "modelId" = $1
        UNION ALL SELECT 'AiSystemModel', "organizationId" FROM "AiSystemModel" WHERE "systemId" = $2
        UNION ALL SELECT 'AiSystemDataset', "organizationId" FROM "AiSystemDataset" WHERE "systemId" = $2
        UNION ALL SELECT 'EvidenceVersion', "organizationId" FROM "EvidenceVersion" WHERE "evidenceId" = $3 ORDER BY 1`,
        [tree.AiModel, tree.AiSystem, tree.Evidence],
      );
      expect(rows).toEqual([...GAINED].sort().map((t) => ({ t, org: tree.org })));
    }
    const nullable = await query(
      url,
      `SELECT table_name, is_nullable FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'organizationId' AND table_name = ANY($1) ORDER BY 1`,
      [GAINED],
    );
    expect(nullable).toEqual([...GAINED].sort().map((table_name) => ({ table_name, is_nullable: "NO" })));
    // And from now on a link across organisations is refused.
    await expect(
      insert(client, "AiSystemModel", rowFor("AiSystemModel", trees[1], { modelId: trees[0].AiModel })),
    ).rejects.toMatchObject({ code: "23503", constraint: "AiSystemModel_modelId_org_fk" });
  });

  it("stop, naming the constraint, when a cross-tenant row is already stored, and keep that row", async () => {
    const { url, client, rest } = await databaseBeforeTheMigrations();
    const [a, b] = [await insertTree(client, GAINED), await insertTree(client, GAINED)];
    // What a data-layer bug could have stored before: b's system linked to a's model.
    await insert(client, "AiSystemModel", rowFor("AiSystemModel", b, { modelId: a.AiModel }, ["organizationId"]));

    await expect(applyMigrations(url, { migrationsDir: rest, log: () => {} })).rejects.toThrow(
      /AiSystemModel_modelId_org_fk/,
    );
    // The failed migration was rolled back: nothing was dropped or rewritten, so a person can investigate the row.
    expect(await query(url, `SELECT "systemId", "modelId", "organizationId" AS org FROM "AiSystemModel"`)).toEqual([
      { systemId: b.AiSystem, modelId: a.AiModel, org: b.org },
    ]);
    expect(await query(url, `SELECT count(*)::int AS n FROM pg_constraint WHERE conname LIKE '%\\_org\\_fk'`)).toEqual([
      { n: 0 },
    ]);
  });
});

describe("migration tenant_fks_for_loose_ids on existing data", () => {
  const LOOSE = "20261205000216_tenant_fks_for_loose_ids";

  it("clears loose ids that dangle or point into another organisation, keeps the valid ones, then enforces them", async () => {
    const db = await scratchDatabase(testDatabaseUrl());
    cleanups.push(db.drop);
    await applyMigrations(db.url, { migrationsDir: migrationsUpTo({ before: LOOSE }), log: () => {} });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    cleanups.push(() => client.end());
    // The trees' own rows link within their organisation (b's incident to b's event, b's model to b's registry, …).
    const [a, b] = [await insertTree(client), await insertTree(client)];
    const dangling = "no-such-row";
    // What nothing in the database stopped before: ids of a's rows, or of no row, in b's rows.
    const bad = {
      Task: [rowFor("Task", b, { obligationId: a.Obligation }), rowFor("Task", b, { obligationId: dangling })],
      MonitoringEvent: [
        rowFor("MonitoringEvent", b, { taskId: a.Task, incidentId: dangling }),
        rowFor("MonitoringEvent", b, { taskId: dangling, incidentId: a.Incident }),
      ],
      Incident: [
        rowFor("Incident", b, { sourceEventId: a.MonitoringEvent }),
        rowFor("Incident", b, { sourceEventId: dangling }),
      ],
      AiModel: [
        rowFor("AiModel", b, { registryConnectionId: a.RegistryConnection }),
        rowFor("AiModel", b, { registryConnectionId: dangling }),
      ],
    };
    for (const [table, rows] of Object.entries(bad)) for (const row of rows) await insert(client, table, row);

    expect(await applyMigrations(db.url, { migrationsDir: migrationsUpTo({ through: LOOSE }), log: () => {} })).toEqual(
      [LOOSE],
    );

    const loose = (table: string, column: string, ids: unknown[]) =>
      query(db.url, `SELECT "${column}" AS ref FROM "${table}" WHERE id = ANY($1::text[])`, [ids]);
    const ids = (table: keyof typeof bad) => bad[table].map((r) => r.id);
    expect(await loose("Task", "obligationId", ids("Task"))).toEqual([{ ref: null }, { ref: null }]);
    expect(await loose("MonitoringEvent", "taskId", ids("MonitoringEvent"))).toEqual([{ ref: null }, { ref: null }]);
    expect(await loose("MonitoringEvent", "incidentId", ids("MonitoringEvent"))).toEqual([
      { ref: null },
      { ref: null },
    ]);
    expect(await loose("Incident", "sourceEventId", ids("Incident"))).toEqual([{ ref: null }, { ref: null }]);
    expect(await loose("AiModel", "registryConnectionId", ids("AiModel"))).toEqual([{ ref: null }, { ref: null }]);
    // Links within one organisation are untouched.
    for (const tree of [a, b]) {
      expect(await loose("Task", "obligationId", [tree.Task])).toEqual([{ ref: tree.Obligation }]);
      expect(await loose("MonitoringEvent", "taskId", [tree.MonitoringEvent])).toEqual([{ ref: tree.Task }]);
      expect(await loose("Incident", "sourceEventId", [tree.Incident])).toEqual([{ ref: tree.MonitoringEvent }]);
      expect(await loose("AiModel", "registryConnectionId", [tree.AiModel])).toEqual([
        { ref: tree.RegistryConnection },
      ]);
    }
    // And from now on a cross-tenant id is refused.
    await expect(insert(client, "Task", rowFor("Task", b, { obligationId: a.Obligation }))).rejects.toMatchObject({
      code: "23503",
      constraint: "Task_obligationId_org_fk",
    });
  });
});
