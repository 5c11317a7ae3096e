/**
 * The dossier part of the benchmark on its own (issue #9): one sealed dossier of a system with 300 obligations and
 * the streamed export of 1,000 dossiers, on a small scratch database of its own (3,000 systems by default), so it
 * can run next to the full benchmark without touching its 100,000-system database or build.
 * Run: npm run bench:dossier -- [--keep] [--runs 20] [--export 1000] [--systems 3000]
 *   --keep reuses the seeded database and, when no source changed, the build; --runs 0 skips the single dossier;
 *   --export 0 skips the export. The export's RSS is printed every 10 s as it goes.
 * The export is measured in a freshly started server, so its peak RSS is the export's and not left over from
 * earlier scenarios.
 */
import fs from "node:fs";
import os from "node:os";

// Before the harness modules load: they read these once, at import.
process.env.BENCH_DATA_DIR ||= ".data/bench-dossier";
process.env.BENCH_DIST_DIR ||= ".next-bench-dossier";

const log = (m: string) => console.log(`[bench-dossier] ${m}`);
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
  const { buildApp, startServer, rssMb } = await import("./bench/server");
  const { signIn } = await import("./bench/http");
  const { measureDossier, measureBulkExport } = await import("./bench/heavy");
  type Seed = Awaited<ReturnType<typeof seedBench>>;

  const keep = process.argv.includes("--keep");
  const runs = Number(arg("runs") ?? 20);
  const exportCount = Number(arg("export") ?? 1000);
  const port = Number(arg("port") ?? 3241);
  const seedFile = `${BENCH_DATA_DIR}/seed.json`;

  const db = await startScratchDb({ keep, log: () => {} });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    let seed: Seed;
    if (!db.fresh && fs.existsSync(seedFile)) {
      seed = JSON.parse(fs.readFileSync(seedFile, "utf8")) as Seed;
      log(
        `reusing the scratch database (${seed.systems} systems, ${db.restored ? "as seeded" : "as the last run left it"})`,
      );
    } else {
      seed = await seedBench(db.url, { systems: Number(arg("systems") ?? 3000), log });
      fs.writeFileSync(seedFile, JSON.stringify(seed));
      await db.saveSeeded();
      log(`seeded ${seed.systems} systems, ${seed.obligations} obligations in ${seed.seconds.toFixed(1)} s`);
    }
    process.env.DATABASE_URL = db.url;
    const buildSeconds = buildApp(log, keep);

    if (runs > 0) {
      server = await startServer(db.url, port, buildSeconds);
      const cookie = await signIn(server.url, seed.email, seed.password);
      log(`load average before the dossier: ${load()}`);
      const dossier = await measureDossier(server.url, cookie, server.pid, seed, runs);
      log(
        `dossier (${runs} runs): median ${dossier.medianMs} ms, p95 ${dossier.p95Ms} ms, peak RSS ${dossier.peakRssMb} MB, ${dossier.note}; load ${load()}`,
      );
      await server.stop();
      const { measureSigning } = await import("./bench/signing");
      const signing = await measureSigning(seed.dossierSystemId, runs);
      log(
        `same dossier in-process (${runs} runs): render only ${signing.render.medianMs} / ${signing.render.p95Ms} ms, PAdES signature ${signing.sign.medianMs} / ${signing.sign.p95Ms} ms, both ${signing.renderAndSign.medianMs} / ${signing.renderAndSign.p95Ms} ms (median / p95); ${signing.pdfKb} KB → ${signing.signedKb} KB signed`,
      );
    }

    if (exportCount > 0) {
      server = await startServer(db.url, port, null);
      const { pid } = server;
      const cookie = await signIn(server.url, seed.email, seed.password);
      const ids = seed.exportSystemIds.slice(0, exportCount);
      log(`fresh server for the export: ${Math.round(rssMb(pid))} MB RSS after sign-in; load ${load()}`);
      const started = performance.now();
      const trace = setInterval(
        () =>
          log(`  export at ${((performance.now() - started) / 1000).toFixed(0)} s: ${Math.round(rssMb(pid))} MB RSS`),
        10_000,
      );
      const bulk = await measureBulkExport(server.url, cookie, pid, { ...seed, exportSystemIds: ids }).finally(() =>
        clearInterval(trace),
      );
      log(
        `${bulk.name}: ${(bulk.medianMs / 1000).toFixed(1)} s (${(bulk.medianMs / ids.length).toFixed(0)} ms per dossier), peak RSS ${bulk.peakRssMb} MB, ${bulk.note}; load ${load()}`,
      );
    }
  } finally {
    await server?.stop();
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench-dossier] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
