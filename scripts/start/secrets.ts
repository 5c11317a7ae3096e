import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// next-auth answers 500 on every call without a secret; one is generated on first start and kept, so sessions
// survive restarts. Production deployments set NEXTAUTH_SECRET themselves.
export function ensureNextAuthSecret(dataDir: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

// The key that encrypts stored webhook secrets and registry tokens (lib/crypto/secret-box.ts), kept the same way:
// generated on first start into <dataDir>/secrets-key unless ACTLAS_SECRETS_KEY is set. Losing it loses those
// secrets (webhooks and registry connections then need new ones), so production sets it and backs it up.
// Sets process.env before anything reads lib/env, so the app and this process share it.
export function loadSecretsKey(dataDir: string, options: { create: boolean }): "env" | "file" | "created" | "missing" {
  if (process.env.ACTLAS_SECRETS_KEY) return "env";
  const file = path.join(dataDir, "secrets-key");
  if (fs.existsSync(file)) {
    process.env.ACTLAS_SECRETS_KEY = fs.readFileSync(file, "utf8").trim();
    return "file";
  }
  if (!options.create) return "missing";
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString("base64");
  fs.writeFileSync(file, key, { mode: 0o600 });
  process.env.ACTLAS_SECRETS_KEY = key;
  return "created";
}
