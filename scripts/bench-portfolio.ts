/**
 * The portfolio report part of the benchmark on its own (issue #18): the sealed portfolio report with its charts and
 * annex for 100,000 systems and ~1,000,000 obligations, in-process, on a scratch database of its own (so it never
 * touches the full benchmark's database or build; no build is needed).
 * Run: npm run bench:portfolio -- [--keep] [--runs 5] [--systems 100000]
 */
import { benchCli, runBench, withSeededScratchDb } from "./bench/cli";

process.env.BENCH_DATA_DIR ||= ".data/bench-portfolio";
// Sealing signs with the organisation's key, stored encrypted under this key (scratch data only).
process.env.ACTLAS_SECRETS_KEY ||= Buffer.alloc(32, "actlas-bench-scratch-key").toString("base64");

const cli = benchCli("bench-portfolio");
const { log, arg, load } = cli;

runBench(cli, () =>
  withSeededScratchDb(
    cli,
    (seed) => `seeded ${seed.systems} systems, ${seed.obligations} obligations`,
    async (seed) => {
      const { measurePortfolio } = await import("./bench/portfolio");
      log(`load average before: ${load()}`);
      const r = await measurePortfolio(seed, Number(arg("runs") ?? 5));
      log(
        `portfolio report, ${seed.systems} systems: ${r.runs} runs; right after a change (computes the dashboard's figures) median ${r.changedMedianMs} ms, p95 ${r.changedP95Ms} ms; nothing changed median ${r.medianMs} ms, p95 ${r.p95Ms} ms; ${r.pages} pages, ${r.pdfKb} KB, peak RSS ${r.peakRssMb} MB; load ${load()}`,
      );
    },
  ),
);
