// The benchmark's own scratch database: an embedded Postgres cluster in .data/bench (never the dev or demo data),
// or a database named by BENCH_DATABASE_URL. With `keep`, an already seeded cluster is reused (for re-measuring).
import fs from "node:fs";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";

export const BENCH_DATA_DIR = process.env.BENCH_DATA_DIR || ".data/bench";

export type ScratchDb = { url: string; fresh: boolean; stop(): Promise<void> };

export async function startScratchDb(options: { keep: boolean; log: (m: string) => void }): Promise<ScratchDb> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) {
    await applyMigrations(external, { log: options.log });
    return { url: external, fresh: true, stop: async () => {} };
  }
  const dir = `${BENCH_DATA_DIR}/postgres`;
  const reuse = options.keep && fs.existsSync(`${dir}/PG_VERSION`);
  if (!reuse) fs.rmSync(BENCH_DATA_DIR, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir: dir, port: 0, database: "actlas_bench", log: options.log });
  await applyMigrations(pg.url, { log: options.log });
  return { url: pg.url, fresh: !reuse, stop: () => pg.stop() };
}
