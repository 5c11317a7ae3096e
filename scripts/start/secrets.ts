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
