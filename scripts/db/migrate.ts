// `tsx scripts/db/migrate.ts [--migrations <dir>]`: applies pending migrations to
// DATABASE_URL, or, when it is unset, to the embedded development Postgres.
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";

async function main(): Promise<void> {
  const at = process.argv.indexOf("--migrations");
  const migrationsDir = at > 0 ? process.argv[at + 1] : undefined;
  const log = (message: string) => console.log(`[db:migrate] ${message}`);

  const configured = process.env.DATABASE_URL;
  if (configured) {
    await applyMigrations(configured, { migrationsDir, log });
    return;
  }
  log("DATABASE_URL is not set: using the embedded Postgres in .data/postgres");
  const server = await startEmbeddedPostgres({ log });
  try {
    await applyMigrations(server.url, { migrationsDir, log });
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[db:migrate] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
