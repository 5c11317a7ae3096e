/**
 * The AI-literacy register part of the benchmark on its own (issue #19): coverage by system and by unit, one
 * system's figure and the People page at 100,000 systems (20,000 people, ~300,000 assignments), in-process, on a
 * scratch database of its own (no build is needed). Prints the timings; BENCHMARKS.md records them.
 * Run: npm run bench:literacy -- [--keep] [--runs 20] [--systems 100000]
 */
import fs from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";

process.env.BENCH_DATA_DIR ||= ".data/bench-literacy";

const log = (m: string) => console.log(`[bench-literacy] ${m}`);
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
      log(`reusing the scratch database (${seed.systems} systems)`);
    } else {
      seed = await seedBench(db.url, { systems: Number(arg("systems") ?? 100_000), log });
      fs.writeFileSync(seedFile, JSON.stringify(seed));
      log(`seeded ${seed.systems} systems in ${seed.seconds.toFixed(1)} s`);
    }
    process.env.DATABASE_URL = db.url;
    const pg = (await import("pg")).default;
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const { ensureLiteracy, measureLiteracy } = await import("./bench/literacy");
    const t = performance.now();
    const volume = await ensureLiteracy(pool, seed);
    log(`literacy register ready in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(volume)}`);
    await pool.end();
    log(`load average before: ${load()}`);
    for (const r of await measureLiteracy(seed, volume, Number(arg("runs") ?? 20)))
      log(
        `${r.scenario}: median ${r.medianMs} ms, p95 ${r.p95Ms} ms (${r.target}${r.met ? "" : ", MISSED"}; ${r.note})`,
      );
    log(`load average after: ${load()}`);
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench-literacy] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
