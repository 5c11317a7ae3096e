/**
 * The portfolio report part of the benchmark on its own (issue #18): the sealed portfolio report with its charts and
 * annex for 100,000 systems and ~1,000,000 obligations, in-process, on a scratch database of its own (so it never
 * touches the full benchmark's database or build; no build is needed).
 * Run: npm run bench:portfolio -- [--keep] [--runs 5] [--systems 100000]
 */
import fs from "node:fs";
import os from "node:os";

process.env.BENCH_DATA_DIR ||= ".data/bench-portfolio";
// Sealing signs with the organisation's key, stored encrypted under this key (scratch data only).
process.env.ACTLAS_SECRETS_KEY ||= Buffer.alloc(32, "actlas-bench-scratch-key").toString("base64");

const log = (m: string) => console.log(`[bench-portfolio] ${m}`);
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

async function main() {
  const { startScratchDb, BENCH_DATA_DIR } = await import("./bench/database");
  const { seedBench } = await import("./bench/seed");
  type Seed = Awaited<ReturnType<typeof seedBench>>;
  const seedFile = `${BENCH_DATA_DIR}/seed.json`;
  const db = await startScratchDb({ keep: process.argv.includes("--keep"), log: () => {} });
  try {
    let seed: Seed;
    if (!db.fresh && fs.existsSync(seedFile)) {
      seed = JSON.parse(fs.readFileSync(seedFile, "utf8")) as Seed;
      log(`reusing the scratch database (${seed.systems} systems, ${seed.obligations} obligations)`);
    } else {
      seed = await seedBench(db.url, { systems: Number(arg("systems") ?? 100_000), log });
      fs.writeFileSync(seedFile, JSON.stringify(seed));
      log(`seeded ${seed.systems} systems, ${seed.obligations} obligations in ${seed.seconds.toFixed(1)} s`);
    }
    process.env.DATABASE_URL = db.url;
    const { measurePortfolio } = await import("./bench/portfolio");
    log(`load average before: ${load()}`);
    const r = await measurePortfolio(seed, Number(arg("runs") ?? 5));
    log(
      `portfolio report, ${seed.systems} systems: ${r.runs} runs; right after a change (computes the dashboard's figures) median ${r.changedMedianMs} ms, p95 ${r.changedP95Ms} ms; nothing changed median ${r.medianMs} ms, p95 ${r.p95Ms} ms; ${r.pages} pages, ${r.pdfKb} KB, peak RSS ${r.peakRssMb} MB; load ${load()}`,
    );
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench-portfolio] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
