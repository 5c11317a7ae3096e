/**
 * The risk register part of the benchmark on its own (issue #19): the dashboard's portfolio heat map and the first
 * page of the organisation-wide risk list at 100,000 systems (~100,000 risks), in-process, on a scratch database of
 * its own (no build is needed). Prints the timings; BENCHMARKS.md records them.
 * Run: npm run bench:risks -- [--keep] [--runs 20] [--systems 100000]
 */
import { benchCli, runBench, withSeededScratchDb } from "./bench/cli";

process.env.BENCH_DATA_DIR ||= ".data/bench-risks";

const cli = benchCli("bench-risks");
const { log, arg, load } = cli;

runBench(cli, () =>
  withSeededScratchDb(
    cli,
    (seed) => `seeded ${seed.systems} systems, ${seed.risks} risks`,
    async (seed, url) => {
      const pg = (await import("pg")).default;
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      const { ensureRisks, measureRisks } = await import("./bench/risks");
      const risks = await ensureRisks(pool, seed);
      log(`load average before: ${load()}`);
      for (const r of await measureRisks(pool, seed, risks, Number(arg("runs") ?? 20)))
        log(
          `${r.scenario}: median ${r.medianMs} ms, p95 ${r.p95Ms} ms (${r.target}${r.met ? "" : ", MISSED"}; ${r.note})`,
        );
      log(`load average after: ${load()}`);
      await pool.end();
    },
  ),
);
