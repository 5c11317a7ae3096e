/**
 * The standards crosswalk part of the benchmark on its own (issue #19): the coverage query behind /standards, a
 * framework's page and its API, and a control's drill-down, at 100,000 systems (~1,050,000 obligations, ~100,000
 * risks, 300,003 literacy assignments), in-process, on a scratch database of its own (no build is needed). Prints the
 * timings; BENCHMARKS.md records them.
 * Run: npm run bench:standards -- [--keep] [--runs 10] [--systems 100000]
 */
import { performance } from "node:perf_hooks";
import { benchCli, runBench, withSeededScratchDb } from "./bench/cli";

process.env.BENCH_DATA_DIR ||= ".data/bench-standards";

const cli = benchCli("bench-standards");
const { log, arg, load } = cli;

runBench(cli, () =>
  withSeededScratchDb(
    cli,
    (seed) => `seeded ${seed.systems} systems, ${seed.obligations} obligations, ${seed.risks} risks`,
    async (seed, url) => {
      const pg = (await import("pg")).default;
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      const { ensureLiteracy } = await import("./bench/literacy");
      const t = performance.now();
      const volume = await ensureLiteracy(pool, seed);
      log(`literacy register ready in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(volume)}`);
      await pool.end();
      const { measureStandards } = await import("./bench/standards");
      log(`load average before: ${load()}`);
      for (const r of await measureStandards(seed, Number(arg("runs") ?? 10)))
        log(
          `${r.scenario}: median ${r.medianMs} ms, p95 ${r.p95Ms} ms (${r.target}${r.met ? "" : ", MISSED"}; ${r.note})`,
        );
      log(`load average after: ${load()}`);
    },
  ),
);
