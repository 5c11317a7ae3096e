// What the stand-alone bench scripts (bench-portfolio, bench-risks, bench-literacy) share: their flags, a log line
// prefix, the load average, and a scratch database seeded once and reused with --keep. Each script sets
// BENCH_DATA_DIR before calling these, because ./database reads it when first imported.
import fs from "node:fs";
import os from "node:os";
import type { BenchSeed } from "./seed";

export type BenchCli = {
  log: (message: string) => void;
  arg: (flag: string) => string | undefined;
  load: () => string;
};

export function benchCli(name: string): BenchCli {
  return {
    log: (message) => console.log(`[${name}] ${message}`),
    arg: (flag) => {
      const i = process.argv.indexOf(`--${flag}`);
      return i === -1 ? undefined : process.argv[i + 1];
    },
    load: () =>
      os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" "),
  };
}

/** Runs `measure` against the scratch database (seeded now, or reused with --keep), then stops it. */
export async function withSeededScratchDb(
  cli: BenchCli,
  seeded: (seed: BenchSeed) => string,
  measure: (seed: BenchSeed, url: string) => Promise<void>,
): Promise<void> {
  const { startScratchDb, BENCH_DATA_DIR } = await import("./database");
  const { seedBench } = await import("./seed");
  const seedFile = `${BENCH_DATA_DIR}/seed.json`;
  const db = await startScratchDb({ keep: process.argv.includes("--keep"), log: () => {} });
  try {
    let seed: BenchSeed;
    if (!db.fresh && fs.existsSync(seedFile)) {
      seed = JSON.parse(fs.readFileSync(seedFile, "utf8")) as BenchSeed;
      cli.log(`reusing the scratch database (${seed.systems} systems, ${db.restored ? "as seeded" : "as the last run left it"})`);
    } else {
      seed = await seedBench(db.url, { systems: Number(cli.arg("systems") ?? 100_000), log: cli.log });
      fs.writeFileSync(seedFile, JSON.stringify(seed));
      await db.saveSeeded();
      cli.log(`${seeded(seed)} in ${seed.seconds.toFixed(1)} s`);
    }
    process.env.DATABASE_URL = db.url;
    await measure(seed, db.url);
    const { disconnectDb } = await import("../../lib/db/client");
    await disconnectDb();
  } finally {
    await db.stop();
  }
}

/** The script's exit: 0 when main resolves, 1 with the error's stack otherwise. */
export function runBench(cli: BenchCli, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      cli.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
