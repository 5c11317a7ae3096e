// The benchmark's own scratch database: an embedded Postgres cluster in .data/bench (never the dev or demo data),
// or a database named by BENCH_DATABASE_URL. With `keep`, an already seeded cluster is reused (for re-measuring),
// restored to the state right after seeding: a run writes (10,000 imported systems, dossier versions, risks), and the
// next run would otherwise measure those too and have its import refused as duplicates.
import fs from "node:fs";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";

export const BENCH_DATA_DIR = process.env.BENCH_DATA_DIR || ".data/bench";

export type ScratchDb = {
  url: string;
  fresh: boolean;
  /** Reused with --keep and put back to its state right after seeding (false: reused as the last run left it). */
  restored: boolean;
  /** Keeps the database as it is now (just seeded) for the next --keep run to start from. */
  saveSeeded(): Promise<void>;
  stop(): Promise<void>;
};

const DATABASE = "actlas_bench";
const SEEDED = "actlas_bench_seeded";

async function onMaintenanceDb<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// A database copied from a template is a file copy (seconds for the 1.6 GB of 100,000 systems), far quicker than
// deleting what a run wrote, which cascades through every table.
async function restoreSeeded(url: string): Promise<boolean> {
  return onMaintenanceDb(url, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [SEEDED]);
    if (!rowCount) return false;
    await client.query(`DROP DATABASE ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE} TEMPLATE ${SEEDED}`);
    return true;
  });
}

async function saveSeeded(url: string): Promise<void> {
  await onMaintenanceDb(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${SEEDED}`);
    // The template copy needs the source without other sessions: the seeding pools are closed by now.
    await client.query(`CREATE DATABASE ${SEEDED} TEMPLATE ${DATABASE}`);
  });
}

export async function startScratchDb(options: { keep: boolean; log: (m: string) => void }): Promise<ScratchDb> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) {
    await applyMigrations(external, { log: options.log });
    return { url: external, fresh: true, restored: false, saveSeeded: async () => {}, stop: async () => {} };
  }
  const dir = `${BENCH_DATA_DIR}/postgres`;
  const reuse = options.keep && fs.existsSync(`${dir}/PG_VERSION`);
  if (!reuse) fs.rmSync(BENCH_DATA_DIR, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir: dir, port: 0, database: DATABASE, log: options.log });
  const restored = reuse && (await restoreSeeded(server.url));
  await applyMigrations(server.url, { log: options.log });
  return { url: server.url, fresh: !reuse, restored, saveSeeded: () => saveSeeded(server.url), stop: () => server.stop() };
}
