// `npm start`: one command from a fresh clone to a running Actlas. Uses DATABASE_URL when set; otherwise an
// embedded real Postgres under .data/, migrated and (on first start) seeded with the demo organisation.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";
import { buildIfNeeded } from "./start/build-if-needed";
import { printDemoLogins } from "./start/print-logins";
import { serverNodeFlags } from "./start/server-node-flags";
import { ensureNextAuthSecret, loadSecretsKey } from "./start/secrets";

const log = (m: string) => console.log(`[actlas] ${m}`);
const SERVER_SCRIPT = "scripts/start/server.mjs";
if (fs.existsSync(".env")) process.loadEnvFile(".env");

async function main() {
  const port = Number(process.env.PORT || 3000);
  const appUrl = process.env.NEXTAUTH_URL || `http://localhost:${port}`;
  const dataDir = process.env.ACTLAS_DATA_DIR || ".data";
  // Read first, so a mistyped setting stops the start before the database is touched.
  const nodeFlags = serverNodeFlags();
  // Before anything reads lib/env: the seed, the re-encryption below and the server all use this key.
  if (loadSecretsKey(dataDir, { create: true }) === "created")
    log(`Generated the key for stored secrets in ${dataDir}/secrets-key (set ACTLAS_SECRETS_KEY in production).`);
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    log(`DATABASE_URL is not set: starting the embedded Postgres in ${dataDir}/postgres`);
    embedded = await startEmbeddedPostgres({ dataDir: `${dataDir}/postgres`, log });
    databaseUrl = embedded.url;
    // A local trial: without SMTP, sign-up and password-reset links appear in this terminal instead of a mailbox.
    if (!process.env.SMTP_URL) process.env.MAIL_LINKS_TO_LOG ??= "true";
    // A person reads this terminal, not a log shipper: readable lines instead of JSON.
    process.env.LOG_FORMAT ??= "pretty";
  }
  process.env.DATABASE_URL = databaseUrl;
  const applied = await applyMigrations(databaseUrl, { log });
  log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");

  // The demo seed never runs by surprise on a database given by DATABASE_URL.
  const seedDemo = embedded ? process.env.ACTLAS_SEED_DEMO !== "false" : process.env.ACTLAS_SEED_DEMO === "true";
  if (seedDemo) {
    const { seedDemoOrganization } = await import("../prisma/seed/seed-demo");
    const { created } = await seedDemoOrganization();
    if (created) log("Seeded the demo organisation.");
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();
  }

  await resealSecrets();

  if (process.env.ACTLAS_SKIP_BUILD !== "true") buildIfNeeded(log);
  const secret = ensureNextAuthSecret(dataDir);
  // Node runs the server directly (not through npx) so that stopping this process stops the server too. It is
  // `next start` plus the TCP peer address that sign-in limits need (scripts/start/server.mjs).
  const child = spawn(process.execPath, [...nodeFlags, SERVER_SCRIPT], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: appUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  if (seedDemo) printDemoLogins(appUrl);
  log(`Actlas is starting at ${appUrl}`);

  // The server drains on SIGTERM (scripts/start/server.mjs): the embedded database stops only after it has exited,
  // so in-flight requests and running jobs keep their database to the end.
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
  let stopping = false;
  const shutdown = async (code?: number) => {
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    const serverCode = await exited;
    await embedded?.stop();
    process.exit(code ?? serverCode);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown());
  void exited.then((code) => shutdown(code));
}

// Rows written before secrets were encrypted, or under a previous key, are re-encrypted with the current key.
async function resealSecrets() {
  const { resealStoredSecrets } = await import("../lib/dal/jobs/secrets-rotation");
  const { disconnectDb } = await import("../lib/db/client");
  const result = await resealStoredSecrets();
  await disconnectDb();
  const count = result.webhooks + result.registryConnections + result.signingKeys;
  if (count > 0) log(`Encrypted ${count} stored secret(s) with the current key.`);
  for (const failure of result.failed) log(`Could not re-encrypt ${failure}`);
}

main().catch(async (error: unknown) => {
  console.error(`[actlas] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
