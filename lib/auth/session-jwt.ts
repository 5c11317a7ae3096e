import "server-only";
import { createSecretKey, randomUUID, type KeyObject } from "node:crypto";
import hkdf from "@panva/hkdf";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// next-auth v4's own encode/decode (next-auth/jwt) with one difference: the encryption key is derived once per
// secret and salt instead of on every call. Every signed-in request decodes the session cookie and encodes its
// renewal, and the HKDF derivation (a trip through the libuv pool) plus importing the key cost ~6 % of the CPU of a
// page. The algorithm, the HKDF inputs, the header and the claims are next-auth's, so cookies minted by either
// implementation open with the other (tests/unit/auth/session-jwt.test.ts holds that in both directions).

const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;
// next-auth lets clocks differ by this much when checking exp and iat.
const CLOCK_TOLERANCE_SECONDS = 15;

const derivedKeys = new Map<string, Promise<KeyObject>>();

function keyId(secret: string | Buffer, salt: string): string {
  const material = typeof secret === "string" ? `s:${secret}` : `b:${secret.toString("base64")}`;
  return `${salt}\u0000${material}`;
}

function deriveKey(secret: string | Buffer, salt: string): Promise<KeyObject> {
  const id = keyId(secret, salt);
  let key = derivedKeys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = hkdf("sha256", secret, salt, info, 32).then((bytes) => createSecretKey(bytes));
    // A failed derivation is not kept, so the next call tries again.
    key.catch(() => derivedKeys.delete(id));
    derivedKeys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt = "" }: JWTEncodeParams) {
  const key = await deriveKey(secret, salt);
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(key);
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const key = await deriveKey(secret, salt);
  const { payload } = await jwtDecrypt(token, key, { clockTolerance: CLOCK_TOLERANCE_SECONDS });
  return payload as JWT;
}
