import { createHash, randomBytes } from "node:crypto";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

// URL-safe secret for invitation links and API tokens; only its hash is ever stored.
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
