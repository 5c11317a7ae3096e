// The risk register at 100,000 systems (issue #19): the dashboard's portfolio heat map (one grouped query over every
// open risk, current and inherent) and the first page of the organisation-wide risk list (all open risks, and one
// cell as the heat map links to it), in this process against the scratch database, through the same data-layer
// functions the pages call. Each is timed `runs` times after one warm-up.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { getPortfolioHeatMap, listOrganisationRisks } from "../../lib/dal/risks/portfolio";
import { parseOrgRiskParams } from "../../lib/validations/risk-portfolio";
import type { ResultRow } from "./report";
import type { BenchSeed } from "./seed";
import { insertRisks } from "./seed-risks";
import { percentile } from "./stats";

export const RISK_TARGET_MS = 200;

// A seed made before the register was benchmarked gets its risks now (idempotent: only when it has none).
export async function ensureRisks(pool: pg.Pool, seed: BenchSeed): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Risk" WHERE "organizationId" = $1`, [seed.organizationId]);
  if ((rows[0]?.n ?? 0) > 0) return rows[0]!.n;
  const client = await pool.connect();
  try {
    const n = await insertRisks(client, seed.organizationId, seed.ownerIds);
    await client.query(`VACUUM ANALYZE "Risk"`);
    return n;
  } finally {
    client.release();
  }
}

async function time(task: () => Promise<unknown>, runs: number): Promise<{ medianMs: number; p95Ms: number }> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { medianMs: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
}

// The heat map's grouped query as getPortfolioHeatMap runs it when the organisation's data has changed (the data
// layer then keeps the result until the next change, so only the first view after a change pays it).
const CURRENT = (col: "Likelihood" | "Impact") =>
  `CASE WHEN r."residualLikelihood" IS NOT NULL AND r."residualImpact" IS NOT NULL THEN r."residual${col}" ELSE r.${col.toLowerCase()} END`;
const HEAT_SQL = `SELECT ${CURRENT("Likelihood")}, ${CURRENT("Impact")}, count(*)::int FROM "Risk" r
  WHERE r."organizationId" = $1 AND r.status <> 'CLOSED' GROUP BY 1, 2`;

export async function measureRisks(pool: pg.Pool, seed: BenchSeed, risks: number, runs = 20): Promise<ResultRow[]> {
  const actor = { kind: "user" as const, userId: seed.adminId, organizationId: seed.organizationId };
  const scenarios: [string, () => Promise<unknown>, string][] = [
    ["risk portfolio heat map, first view after a change", () => pool.query(HEAT_SQL, [seed.organizationId]), "its one grouped query (current ratings), raw SQL"],
    ["risk portfolio heat map, kept", () => getPortfolioHeatMap(actor, "current"), "the data layer's kept figures: the data stamp's three index lookups"],
    ["organisation risk list, page 1", () => listOrganisationRisks(actor, parseOrgRiskParams({})), "all open risks, highest first, with the count"],
    ["organisation risk list, cell 4 × 5", () => listOrganisationRisks(actor, parseOrgRiskParams({ l: "4", i: "5" })), "the heat map's drill-down, with the count"],
  ];
  const rows: ResultRow[] = [];
  for (const [scenario, task, what] of scenarios) {
    const t = await time(task, runs);
    rows.push({
      scenario: `${scenario}, ${risks.toLocaleString("en")} risks`, users: 1, medianMs: t.medianMs, p95Ms: t.p95Ms,
      sqlP95Ms: null, ratio: null, peakRssMb: null, target: `<${RISK_TARGET_MS} ms`, met: t.p95Ms < RISK_TARGET_MS,
      note: `${what}; ${runs} runs in this process`,
    });
  }
  return rows;
}
