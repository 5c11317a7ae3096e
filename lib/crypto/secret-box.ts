import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// Secrets Actlas must be able to use again (webhook signing secrets, model-registry tokens) are stored encrypted:
// AES-256-GCM from node:crypto, a random 12-byte IV per value, the 16-byte tag, and the column's purpose as
// additional data (a value copied into another column does not decrypt). Stored form, base64url parts:
//   v1:<keyId>:<iv>:<tag>:<ciphertext>
// keyId names the key, so values written before a rotation still decrypt with a previous key until
// `npm run secrets:rotate` has re-encrypted them with the current one.

export type SecretPurpose = "webhook.secret" | "registry.authToken" | "signing.privateKey";
export type SecretKeyring = { current: Buffer; previous: Buffer[] };

const VERSION = "v1";
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

/** A key given as base64 (standard or url-safe) must decode to exactly 32 bytes. */
export function decodeSecretKey(text: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== KEY_BYTES)
    throw new SecretBoxError(
      `A secrets key must be ${KEY_BYTES} random bytes in base64 (e.g. \`openssl rand -base64 32\`); this one is ${key.length} bytes.`,
    );
  return key;
}

// Derived from the key, so operators never have to name keys; 8 characters of a hash reveal nothing useful.
export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update("actlas-secrets-key-id\0").update(key).digest("base64url").slice(0, 8);
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(`${VERSION}:`);
}

/** True when the value is legacy plaintext or was encrypted with a key other than the current one. */
export function needsReseal(stored: string, keyring: SecretKeyring): boolean {
  return !isSealed(stored) || stored.split(":")[1] !== keyIdOf(keyring.current);
}

export function sealWith(keyring: SecretKeyring, plaintext: string, purpose: SecretPurpose): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyring.current, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString("base64url"));
  return [VERSION, keyIdOf(keyring.current), ...parts].join(":");
}

// Legacy rows written before encryption hold the plaintext; they are returned as they are, so nothing stops working
// between the upgrade and the re-encryption that `npm start` and `npm run secrets:rotate` perform.
export function openWith(keyring: SecretKeyring, stored: string, purpose: SecretPurpose): string {
  if (!isSealed(stored)) return stored;
  const [, keyId, iv, tag, ciphertext, ...extra] = stored.split(":");
  if (keyId === undefined || iv === undefined || tag === undefined || ciphertext === undefined || extra.length > 0)
    throw new SecretBoxError(`A stored ${purpose} is malformed (expected ${VERSION}:<keyId>:<iv>:<tag>:<ciphertext>).`);
  const key = [keyring.current, ...keyring.previous].find((k) => keyIdOf(k) === keyId);
  if (!key) {
    throw new SecretBoxError(
      `A stored ${purpose} was encrypted with key ${keyId}, which is not configured. Add that key to ACTLAS_SECRETS_PREVIOUS_KEYS.`,
    );
  }
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES)
    throw new SecretBoxError(`A stored ${purpose} is malformed (IV or tag length).`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError(
      `A stored ${purpose} failed its integrity check: it was altered, or belongs to another column or key.`,
    );
  }
}
