// Where a page's time goes (issue #9): serves the bench build against the seeded scratch database (run `npm run
// bench` once first), loads each measured page with autocannon and prints throughput at 1 and 20 users, the HTML
// and inline RSC payload size, and optionally a V8 CPU profile of the server and the SQL it sent.
//   npx tsx --conditions=react-server scripts/bench/profile.ts [--cpu-prof DIR] [--sql] [--port 3231] [--page system]
// --cpu-prof DIR writes the server's .cpuprofile into DIR (summarise it with scripts/bench/profile-summary.ts);
// --no-build serves whatever is in the build folder (others' edits would otherwise trigger a rebuild each time);
// --cpu-only skips the 20-user load (the CPU figure also says how much was the main thread, the rest being V8's helper
// threads, where the collector's marking shows: ACTLAS_GC=cpu serves with V8's own collector settings); --node 24 serves on that Node line; --sql turns on pg_stat_statements for the run (restarting the scratch Postgres, and switching it off after);
// --html DIR saves each page's HTML there, to see what its bytes are made of; --path P measures that one path instead
// of the benchmark's pages (e.g. /notifications, the shell alone: the floor every page pays).
import fs from "node:fs";
import pg from "pg";
import { todayIso } from "../../lib/dates";
import { BENCH_DATA_DIR, startScratchDb } from "./database";
import { checkPage, load, signIn } from "./http";
import { benchPages } from "./pages";
import type { BenchSeed } from "./seed";
import { cpuMs, mainThreadCpuMs } from "./cpu-time";
import { buildApp, startServer } from "./server";
import { printTopStatements, withStatementStats } from "./profile-sql";

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i === -1 ? undefined : process.argv[i + 1]; };
const log = (m: string) => console.log(`[profile] ${m}`);

/** Bytes of the HTML and of the RSC payload inlined into it (the self.__next_f.push scripts). */
async function pageWeight(url: string, cookie: string, saveAs?: string): Promise<{ htmlKb: number; rscKb: number }> {
  const html = await (await fetch(url, { headers: { Cookie: cookie } })).text();
  if (saveAs) fs.writeFileSync(saveAs, html);
  const rsc = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + (m[1]?.length ?? 0), 0);
  return { htmlKb: Math.round(html.length / 102.4) / 10, rscKb: Math.round(rsc / 102.4) / 10 };
}

async function main() {
  const seed = JSON.parse(fs.readFileSync(`${BENCH_DATA_DIR}/seed.json`, "utf8")) as BenchSeed;
  const cpuDir = arg("cpu-prof");
  if (arg("node")) process.env.BENCH_NODE = arg("node");
  const only = arg("page");
  const amount = Number(arg("amount") ?? 40);
  let db = await startScratchDb({ keep: true, log: () => {} });
  if (db.fresh) throw new Error("no seeded scratch database: run `npm run bench` first");
  const sql = process.argv.includes("--sql");
  if (sql) db = await withStatementStats(db, true);
  if (!process.argv.includes("--no-build")) buildApp(log, true);
  const nodeArgs = cpuDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuDir}`] : [];
  const server = await startServer(db.url, Number(arg("port") ?? 3231), null, nodeArgs);
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  try {
    const cookie = await signIn(server.url, seed.email, seed.password);
    const path = arg("path");
    const pages: { name: string; path: string; expect?: string }[] = path ? [{ name: path, path }] : benchPages(seed, todayIso()).filter((p) => !only || p.name.includes(only));
    for (const page of pages) {
      // A page that fails renders an error fast: measure only the page itself.
      await checkPage(server.url, page.path, cookie, page.expect ?? "</html>");
      await load(server.url, page.path, cookie, 1, Number(arg("warm") ?? 5));
      if (sql) await pool.query("SELECT pg_stat_statements_reset()");
      const cpuBefore = cpuMs(server.pid);
      const mainBefore = mainThreadCpuMs(server.pid);
      const one = await load(server.url, page.path, cookie, 1, amount);
      const cpu = (cpuMs(server.pid) - cpuBefore) / amount;
      const mainCpu = (mainThreadCpuMs(server.pid) - mainBefore) / amount;
      if (sql) await printTopStatements(pool, one.requests, log);
      // --cpu-only: the CPU figure alone, for interleaved before/after pairs (the 20-user load takes most of a run).
      const twenty = process.argv.includes("--cpu-only") ? { rps: "-", p95Ms: "-" } : await load(server.url, page.path, cookie, 20, amount * 2);
      const htmlDir = arg("html");
      const saveAs = htmlDir && `${htmlDir}/${page.name.replace(/\W+/g, "-")}.html`;
      const weight = await pageWeight(`${server.url}${page.path}`, cookie, saveAs);
      log(`${page.name}: @1 median ${one.medianMs} ms p95 ${one.p95Ms} ms (${one.rps}/s, ${cpu.toFixed(1)} ms CPU/request, ${mainCpu.toFixed(1)} of it on the main thread); @20 ${twenty.rps}/s p95 ${twenty.p95Ms} ms; HTML ${weight.htmlKb} KB, inline RSC ${weight.rscKb} KB`);
    }
  } finally {
    await pool.end();
    await server.stop();
    if (sql) db = await withStatementStats(db, false);
    await db.stop();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
