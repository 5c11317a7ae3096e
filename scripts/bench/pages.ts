// Scenarios 1–3: the pages a compliance officer and a manager open all day, each measured over HTTP at 1 and 20
// concurrent users and next to the raw SQL of the same data, in the same run.
import type pg from "pg";
import { checkPage, load } from "./http";
import { pageRow, type ResultRow } from "./report";
import type { BenchSeed } from "./seed";
import { cpuMs } from "./cpu-time";
import { withPeakRss } from "./server";
import { dashboardSql } from "./sql-dashboard";
import { inventorySql, runStatements, searchSql, systemPageSql, type SqlScenario } from "./sql";
import { closedLoop } from "./stats";

export const SEARCH_TERM = "fraud";

type Page = { name: string; path: string; expect: string; sql: SqlScenario };

export function benchPages(seed: BenchSeed, today: string): Page[] {
  return [
    { name: "inventory (filtered, sorted, page 3)", path: "/systems?tier=HIGH,LIMITED&lifecycle=PILOT,IN_PRODUCTION&sort=-updatedAt&page=3", expect: "AI systems", sql: inventorySql(seed) },
    { name: `inventory search "${SEARCH_TERM}"`, path: `/systems?q=${SEARCH_TERM}`, expect: "AI systems", sql: searchSql(seed, SEARCH_TERM) },
    { name: "dashboard", path: "/dashboard", expect: "Dashboard", sql: dashboardSql(seed, today) },
    { name: "system page (300 obligations)", path: `/systems/${seed.dossierSystemId}`, expect: "Intake", sql: systemPageSql(seed) },
  ];
}

// A slow page gets fewer requests at 20 users (at least one per user), so the whole run stays within its time budget.
const CONCURRENT_BUDGET_MS = 60_000;
// The raw SQL side stops starting statements after this long (the dashboard's unfiltered aggregates take ~50 s each
// at 20 users on 2 cores: 200 of them would take hours); the row's note says how many ran.
export const SQL_BUDGET_MS = 60_000;
export function concurrentAmount(max: number, singleMedianMs: number): number {
  return Math.max(20, Math.min(max, Math.floor(CONCURRENT_BUDGET_MS / Math.max(1, singleMedianMs)) * 2));
}

export type Amounts = { warmup: number; single: number; concurrent: number };

export async function measurePages(ctx: { baseUrl: string; cookie: string; pid: number; pool: pg.Pool; seed: BenchSeed; today: string; amounts: Amounts; log: (m: string) => void }): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const page of benchPages(ctx.seed, ctx.today)) {
    await checkPage(ctx.baseUrl, page.path, ctx.cookie, page.expect);
    await load(ctx.baseUrl, page.path, ctx.cookie, 1, ctx.amounts.warmup);
    for (let i = 0; i < ctx.amounts.warmup; i++) await runStatements(ctx.pool, page.sql);
    let appMedian = 0, sqlMedian = 0;
    for (const users of [1, 20]) {
      const amount = (median: number) => (users === 1 ? ctx.amounts.single : concurrentAmount(ctx.amounts.concurrent, median));
      const cpuBefore = cpuMs(ctx.pid);
      const { result: app, peakRssMb } = await withPeakRss(ctx.pid, () => load(ctx.baseUrl, page.path, ctx.cookie, users, amount(appMedian)));
      const cpuPerRequest = (cpuMs(ctx.pid) - cpuBefore) / Math.max(1, app.requests + app.errors);
      const sql = await closedLoop(() => runStatements(ctx.pool, page.sql), users, amount(sqlMedian), SQL_BUDGET_MS);
      appMedian = app.medianMs;
      sqlMedian = sql.medianMs;
      const row = pageRow(page.name, users, app, sql, peakRssMb, cpuPerRequest);
      ctx.log(`  ${page.name} @${users}: p95 ${row.p95Ms} ms (raw SQL ${row.sqlP95Ms} ms, ratio ${row.ratio})`);
      rows.push(row);
    }
  }
  return rows;
}
