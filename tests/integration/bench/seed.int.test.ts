import { testDatabaseUrl } from "../worker-database";
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { getClassificationSummary } from "@/lib/dal/classification/classification";
import { getDashboard } from "@/lib/dal/dashboard/dashboard";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getSystem } from "@/lib/dal/systems/systems";
import { listSystems } from "@/lib/dal/systems/system-list";
import { DOSSIER_OBLIGATIONS, seedBench, type BenchSeed } from "../../../scripts/bench/seed";
import { inventorySql, searchSql, systemPageSql } from "../../../scripts/bench/sql";
import { dashboardSql } from "../../../scripts/bench/sql-dashboard";

// The benchmark is only meaningful if its data looks like the app's own (the denormalised columns agree with the
// rows, as the app relies on) and its raw SQL returns what the pages show. A small seed checks both.
const TODAY = "2026-11-22";
let seed: BenchSeed;
let client: pg.Client;
const one = async <T>(text: string, values: unknown[] = [seed.organizationId]) => (await client.query(text, values)).rows[0] as T;

beforeAll(async () => {
  seed = await seedBench(testDatabaseUrl(), { systems: 1_000, log: () => {} });
  client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  return () => client.end();
}, 120_000);

describe("benchmark seed", () => {
  it("writes varied systems whose readiness counters match their obligations", async () => {
    expect(seed.systems).toBe(1_001);
    const variety = await one<{ tiers: number; units: number; owners: number; statuses: number; vendors: number }>(`
      SELECT (SELECT count(DISTINCT tier) FROM "AiSystem" WHERE "organizationId" = $1)::int AS tiers,
             (SELECT count(DISTINCT "businessUnit") FROM "AiSystem" WHERE "organizationId" = $1)::int AS units,
             (SELECT count(DISTINCT "ownerId") FROM "AiSystem" WHERE "organizationId" = $1)::int AS owners,
             (SELECT count(DISTINCT vendor) FROM "AiSystem" WHERE "organizationId" = $1)::int AS vendors,
             (SELECT count(DISTINCT status) FROM "Obligation" WHERE "organizationId" = $1)::int AS statuses`);
    expect(variety).toMatchObject({ statuses: 4 });
    expect(variety.tiers).toBeGreaterThanOrEqual(6);
    expect(variety.units).toBeGreaterThanOrEqual(20);
    expect(variety.owners).toBeGreaterThanOrEqual(20);
    expect(variety.vendors).toBeGreaterThanOrEqual(20);
    const mismatched = await one<{ n: number }>(`
      SELECT count(*)::int AS n FROM "AiSystem" s
      CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE "obsoleteAt" IS NULL)::int AS applicable,
          count(*) FILTER (WHERE "obsoleteAt" IS NULL AND status IN ('DONE', 'NOT_APPLICABLE'))::int AS done
        FROM "Obligation" o WHERE o."systemId" = s.id) c
      WHERE s."organizationId" = $1 AND (s."obligationsApplicable" <> c.applicable OR s."obligationsDone" <> c.done)`);
    expect(mismatched.n).toBe(0);
    expect(seed.obligations / seed.systems).toBeGreaterThan(8);
  });

  it("points every classified system at a stored run with the same tier, disposition and roles", async () => {
    const bad = await one<{ n: number; classified: number }>(`
      SELECT count(*) FILTER (WHERE r.id IS NULL OR r.tier IS DISTINCT FROM s.tier OR r.disposition IS DISTINCT FROM s.disposition
               OR s.roles <> ARRAY(SELECT jsonb_array_elements_text(r.result->'roles')))::int AS n,
             count(*)::int AS classified
      FROM "AiSystem" s LEFT JOIN "ClassificationRun" r ON r.id = s."currentRunId"
      WHERE s."organizationId" = $1 AND s.tier IS NOT NULL`);
    expect(bad.n).toBe(0);
    expect(bad.classified).toBe(seed.runs);
    const unclassified = await one<{ n: number }>(`
      SELECT count(*)::int AS n FROM "AiSystem" s WHERE s."organizationId" = $1 AND s.tier IS NULL
        AND (s."currentRunId" IS NOT NULL OR EXISTS (SELECT 1 FROM "Obligation" o WHERE o."systemId" = s.id))`);
    expect(unclassified.n).toBe(0);
  });

  it("gives every other system two risks spread over the whole heat map, owned by members or nobody", async () => {
    const r = await one<{ n: number; systems: number; cells: number; residual: number; closed: number; unowned: number; foreign: number }>(`
      SELECT count(*)::int AS n, count(DISTINCT "systemId")::int AS systems, count(DISTINCT (likelihood, impact))::int AS cells,
             count(*) FILTER (WHERE "residualLikelihood" IS NOT NULL)::int AS residual,
             count(*) FILTER (WHERE status = 'CLOSED')::int AS closed, count(*) FILTER (WHERE "ownerId" IS NULL)::int AS unowned,
             count(*) FILTER (WHERE "ownerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Membership" m
               WHERE m."userId" = r."ownerId" AND m."organizationId" = r."organizationId"))::int AS foreign
      FROM "Risk" r WHERE r."organizationId" = $1`);
    expect(r.n).toBe(seed.risks);
    expect(r.n).toBe(r.systems * 2);
    expect(r.systems / seed.systems).toBeGreaterThan(0.4);
    expect(r.cells).toBe(25);
    expect(r.residual / r.n).toBeGreaterThan(0.3);
    expect(r.closed).toBeGreaterThan(0);
    expect(r.unowned).toBeGreaterThan(0);
    expect(r.foreign).toBe(0);
  });

  it("gives the dossier system exactly 300 obligations", async () => {
    const row = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Obligation" WHERE "systemId" = $1`, [seed.dossierSystemId]);
    expect(row.n).toBe(DOSSIER_OBLIGATIONS);
    expect(seed.exportSystemIds).toHaveLength(Math.min(1_000, seed.runs - 1));
  });
});

describe("raw SQL of the benchmark agrees with the app's data layer", () => {
  const actor = () => ({ kind: "user" as const, userId: seed.adminId, organizationId: seed.organizationId });
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const statement = (statements: { text: string; values: unknown[] }[], marker: string) => statements.find((s) => s.text.includes(marker))!;

  it("returns the inventory page the app shows (filtered, sorted, page 3)", async () => {
    const app = await listSystems(actor(), { tier: ["HIGH", "LIMITED"], lifecycle: ["PILOT", "IN_PRODUCTION"], sort: "-updatedAt", page: 3, pageSize: 25 });
    const raw = await client.query(statement(inventorySql(seed).statements, "OFFSET 50"));
    expect(app.rows.length).toBe(25);
    expect(ids(raw.rows)).toEqual(ids(app.rows));
  });

  it("returns the search results the app shows", async () => {
    const app = await listSystems(actor(), { q: "fraud", sort: "name", page: 1, pageSize: 25 });
    const raw = await client.query(statement(searchSql(seed, "fraud").statements, "LIMIT 25"));
    expect(app.rows.length).toBeGreaterThan(0);
    expect(ids(raw.rows)).toEqual(ids(app.rows));
  });

  it("adds up to the dashboard's headline figures", async () => {
    const d = await getDashboard(actor(), {}, { today: TODAY });
    const sql = dashboardSql(seed, TODAY).statements;
    const systems = (await client.query(statement(sql, `"lifecycleStage", count(*)`))).rows;
    // The unclassified systems' tier group is all NULL too; the grand total is the largest of those rows.
    const allNull = systems.filter((r) => r.tier === null && r.businessUnit === null && r.lifecycleStage === null).map((r) => Number(r.count));
    expect(Math.max(...allNull)).toBe(d.systems.total);
    const figures = (await client.query({ ...statement(sql, "date_trunc('quarter', o.\"appliesFrom\"), count(*)"), rowMode: "array" })).rows;
    const overall = figures.find((r) => r[0] === null && r[1] === null && r[2] === null);
    expect(overall?.slice(3, 6).map(Number)).toEqual([d.readiness.overall.applicable, d.readiness.overall.done, d.attention.overdueObligations]);
  });

  it("reads the system page's system, classification and the shell's viewer as the app does", async () => {
    const sql = systemPageSql(seed).statements;
    const [system, summary, viewer] = await Promise.all([getSystem(actor(), seed.dossierSystemId), getClassificationSummary(actor(), seed.dossierSystemId), getViewer(actor())]);
    const raw = (await client.query(statement(sql, "classified_by"))).rows[0];
    expect({ name: raw.name, owner: raw.owner_name, tier: raw.tier, sequence: raw.sequence }).toEqual({
      name: system.name, owner: system.owner?.name ?? null, tier: system.tier, sequence: summary.runSequence,
    });
    const shell = (await client.query(statement(sql, `LEFT JOIN "Organization" o`))).rows;
    expect(shell.map((r) => r.org_name)).toEqual(viewer.organizations.map((o) => o.name));
    expect(viewer).toMatchObject({ organization: { id: seed.organizationId }, role: "ADMIN", user: { id: seed.adminId } });
  });
});
