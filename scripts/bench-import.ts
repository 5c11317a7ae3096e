/**
 * The CSV import part of the benchmark on its own (issue #14): 10,000 rows, dry run then commit, posted to a freshly
 * started production server, with its time, the server's peak RSS (target 400 MB) and the slowest /api/auth/csrf
 * answered meanwhile. Uses a scratch database of its own with just the benchmark organisation (an import needs no
 * systems before it), so it can run next to the full benchmark without touching its database or build.
 * Run: npx tsx --conditions=react-server scripts/bench-import.ts [--keep] [--port 3251]
 */
import os from "node:os";
import pg from "pg";

// Before the harness modules load: they read these once, at import.
process.env.BENCH_DATA_DIR ||= ".data/bench-import";
process.env.BENCH_DIST_DIR ||= ".next-bench-import";

const log = (m: string) => console.log(`[bench-import] ${m}`);
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
  const { startScratchDb } = await import("./bench/database");
  const { seedOrganization } = await import("./bench/seed-org");
  const { buildApp, startServer } = await import("./bench/server");
  const { signIn } = await import("./bench/http");
  const { measureImport, IMPORT_RSS_TARGET_MB } = await import("./bench/import");
  const keep = process.argv.includes("--keep");
  const db = await startScratchDb({ keep, log: () => {} });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    // A new organisation each run, so a kept database's earlier imports never count against this one.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const seed = await seedOrganization(client, 5).finally(() => client.end());
    process.env.DATABASE_URL = db.url;
    const buildSeconds = buildApp(log, keep);
    server = await startServer(db.url, Number(arg("port") ?? 3251), buildSeconds);
    const cookie = await signIn(server.url, seed.email, seed.password);
    log(`fresh server; load average ${load()}`);
    for (const r of await measureImport(server.url, cookie, server.pid, seed.email)) {
      const met = r.peakRssMb !== null && r.peakRssMb <= IMPORT_RSS_TARGET_MB && r.medianMs < 15_000;
      log(
        `${r.name}: ${(r.medianMs / 1000).toFixed(1)} s, peak RSS ${r.peakRssMb} MB (target ≤${IMPORT_RSS_TARGET_MB} MB, <15 s: ${met ? "met" : "missed"}); ${r.note}; load ${load()}`,
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
    console.error(`[bench-import] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
