// `npm run secrets:rotate`: re-encrypts every stored webhook secret, registry token and signing key with ACTLAS_SECRETS_KEY,
// decrypting with it or ACTLAS_SECRETS_PREVIOUS_KEYS; plaintext rows from before encryption are encrypted too.
// Reads .env like `npm start`. The embedded database belongs to the running `npm start`, so this command needs a
// DATABASE_URL; on the embedded database, restarting `npm start` does the same re-encryption.
import fs from "node:fs";
import { loadSecretsKey } from "./start/secrets";

if (fs.existsSync(".env")) process.loadEnvFile(".env");

async function main() {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. On the embedded database, restart `npm start`: it re-encrypts stored secrets on every start.",
    );
  }
  if (loadSecretsKey(process.env.ACTLAS_DATA_DIR || ".data", { create: false }) === "missing") {
    throw new Error("ACTLAS_SECRETS_KEY is not set (and no .data/secrets-key exists): set the key to encrypt with.");
  }
  const { resealStoredSecrets } = await import("../lib/dal/jobs/secrets-rotation");
  const { disconnectDb } = await import("../lib/db/client");
  try {
    const result = await resealStoredSecrets();
    console.log(
      `[actlas] Re-encrypted ${result.webhooks} webhook secret(s), ${result.registryConnections} registry token(s) and ${result.signingKeys} signing key(s) with the current key.`,
    );
    for (const failure of result.failed) console.error(`[actlas] Could not re-encrypt ${failure}`);
    process.exitCode = result.failed.length > 0 ? 1 : 0;
  } finally {
    await disconnectDb();
  }
}

main().catch((error: unknown) => {
  console.error(`[actlas] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
