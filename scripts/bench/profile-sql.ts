// pg_stat_statements for scripts/bench/profile.ts: what SQL a page really sends, how often and how long, to compare
// with the harness's raw SQL (sql.ts). Switching it on needs a restart of the scratch Postgres; switched off after.
import type pg from "pg";
import { startScratchDb, type ScratchDb } from "./database";
import { Client } from "pg";

export async function withStatementStats(db: ScratchDb, on: boolean): Promise<ScratchDb> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  await client.query(on ? "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" : "ALTER SYSTEM RESET shared_preload_libraries");
  await client.end();
  await db.stop();
  const restarted = await startScratchDb({ keep: true, log: () => {} });
  if (on) {
    const c = new Client({ connectionString: restarted.url });
    await c.connect();
    await c.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await c.end();
  }
  return restarted;
}

/** The statements sent since the last reset, per page request: calls, mean and total time. */
export async function printTopStatements(pool: pg.Pool, requests: number, log: (m: string) => void): Promise<void> {
  const { rows } = await pool.query<{ calls: string; mean: number; total: number; query: string }>(`
    SELECT calls, mean_exec_time AS mean, total_exec_time AS total, query FROM pg_stat_statements
    WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC`);
  const perRequest = rows.reduce((n, r) => n + r.total, 0) / Math.max(1, requests);
  log(`  SQL per request: ${perRequest.toFixed(1)} ms over ${(rows.reduce((n, r) => n + Number(r.calls), 0) / Math.max(1, requests)).toFixed(1)} statements`);
  for (const r of rows) log(`    ${(Number(r.calls) / requests).toFixed(1)}× ${r.mean.toFixed(2)} ms  ${r.query.replace(/\s+/g, " ").slice(0, 160)}`);
}
