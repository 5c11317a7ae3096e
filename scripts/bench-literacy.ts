/**
 * The AI-literacy register part of the benchmark on its own (issue #19): coverage by system and by unit, one
 * system's figure and the People page at 100,000 systems (20,000 people, ~300,000 assignments), in-process, on a
 * scratch database of its own (no build is needed). Prints the timings; BENCHMARKS.md records them.
 * Run: npm run bench:literacy -- [--keep] [--runs 20] [--systems 100000]
 */
import { performance } from "node:perf_hooks";
import { benchCli, runBench, withSeededScratchDb } from "./bench/cli";

process.env.BENCH_DATA_DIR ||= ".data/bench-literacy";

const cli = benchCli("bench-literacy");
const { log, arg, load } = cli;

runBench(cli, () =>
  withSeededScratchDb(
    cli,
    (seed) => `seeded ${seed.systems} systems`,
    async (seed, url) => {
      const pg = (await import("pg")).default;
      const pool = new pg.Pool({ connectionString: url, max: 2 });
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
    },
  ),
);
