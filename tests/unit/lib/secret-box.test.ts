import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decodeSecretKey,
  keyIdOf,
  needsReseal,
  openWith,
  sealWith,
  SecretBoxError,
  type SecretKeyring,
} from "@/lib/crypto/secret-box";
import { parseEnv } from "@/lib/env";
import { one } from "../../helpers/expect-defined";

const key = () => randomBytes(32);
const ring = (current: Buffer, ...previous: Buffer[]): SecretKeyring => ({ current, previous });

describe("secret box (AES-256-GCM at rest)", () => {
  it("round-trips, never stores the plaintext, and uses a fresh IV for every value", () => {
    const k = ring(key());
    const a = sealWith(k, "whsec_abc", "webhook.secret");
    const b = sealWith(k, "whsec_abc", "webhook.secret");
    expect(a).toMatch(/^v1:[A-Za-z0-9_-]{8}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(a).not.toContain("whsec_abc");
    expect(a).not.toBe(b);
    expect(a.split(":")[1]).toBe(keyIdOf(k.current));
    expect(openWith(k, a, "webhook.secret")).toBe("whsec_abc");
    expect(openWith(k, sealWith(k, "ünïcode 🔑", "registry.authToken"), "registry.authToken")).toBe("ünïcode 🔑");
  });

  it("fails clearly with a key that is not configured, a tampered value or another column's value", () => {
    const k = ring(key());
    const sealed = sealWith(k, "token", "registry.authToken");
    expect(() => openWith(ring(key()), sealed, "registry.authToken")).toThrow(
      /encrypted with key .{8}, which is not configured.*ACTLAS_SECRETS_PREVIOUS_KEYS/,
    );
    const parts = sealed.split(":");
    const flipped = Buffer.from(one(parts, 4, "sealed value's ciphertext part"), "base64url");
    flipped.writeUInt8(flipped.readUInt8(0) ^ 1, 0);
    const tampered = [...parts.slice(0, 4), flipped.toString("base64url")].join(":");
    expect(() => openWith(k, tampered, "registry.authToken")).toThrow(SecretBoxError);
    expect(() => openWith(k, tampered, "registry.authToken")).toThrow(/failed its integrity check/);
    expect(() => openWith(k, sealed, "webhook.secret")).toThrow(/failed its integrity check/);
    expect(() => openWith(k, "v1:abc:def", "webhook.secret")).toThrow(/malformed/);
  });

  it("decrypts with a previous key after a rotation and tells which values still need re-encryption", () => {
    const old = key();
    const next = key();
    const sealedOld = sealWith(ring(old), "token", "registry.authToken");
    const rotated = ring(next, old);
    expect(openWith(rotated, sealedOld, "registry.authToken")).toBe("token");
    expect(needsReseal(sealedOld, rotated)).toBe(true);
    expect(needsReseal(sealWith(rotated, "token", "registry.authToken"), rotated)).toBe(false);
  });

  it("reads a legacy plaintext value as it is, and marks it for re-encryption", () => {
    const k = ring(key());
    expect(openWith(k, "whsec_legacy", "webhook.secret")).toBe("whsec_legacy");
    expect(needsReseal("whsec_legacy", k)).toBe(true);
  });

  it("accepts only 32-byte base64 keys in the environment", () => {
    const good = randomBytes(32).toString("base64");
    expect(parseEnv({ ACTLAS_SECRETS_KEY: good }).ACTLAS_SECRETS_KEY?.equals(decodeSecretKey(good))).toBe(true);
    expect(
      parseEnv({ ACTLAS_SECRETS_PREVIOUS_KEYS: `${good}, ${randomBytes(32).toString("base64url")}` })
        .ACTLAS_SECRETS_PREVIOUS_KEYS,
    ).toHaveLength(2);
    expect(() => parseEnv({ ACTLAS_SECRETS_KEY: randomBytes(16).toString("base64") })).toThrow(
      /ACTLAS_SECRETS_KEY: A secrets key must be 32 random bytes/,
    );
    expect(() => parseEnv({ ACTLAS_SECRETS_PREVIOUS_KEYS: "short" })).toThrow(/ACTLAS_SECRETS_PREVIOUS_KEYS/);
  });
});
