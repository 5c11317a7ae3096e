import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-jwt";

// The session cookie must stay readable across the switch to the memoised key (people stay signed in) and back (a
// rollback signs nobody out), so next-auth's own implementation is the reference in both directions.
const secret = "a-test-secret-of-reasonable-length-0123456789";
const token = { sid: "session-1", sub: "user-1" };

// Flips one character of the ciphertext segment (the fourth of five), keeping it valid base64url.
function tamper(jwe: string): string {
  const parts = jwe.split(".");
  const body = parts[3]!;
  parts[3] = (body[0] === "A" ? "B" : "A") + body.slice(1);
  return parts.join(".");
}

describe("session JWT with a memoised key", () => {
  it("opens a token next-auth minted, and next-auth opens ours", async () => {
    const minted = await encode({ token, secret, maxAge: 3600 });
    expect(await decodeSessionToken({ token: minted, secret })).toMatchObject(token);
    const ours = await encodeSessionToken({ token, secret, maxAge: 3600 });
    expect(await decode({ token: ours, secret })).toMatchObject(token);
  });

  it("writes next-auth's header and claims", async () => {
    const before = Math.floor(Date.now() / 1000);
    const ours = await encodeSessionToken({ token, secret, maxAge: 3600 });
    const header = JSON.parse(Buffer.from(ours.split(".")[0]!, "base64url").toString());
    expect(header).toEqual({ alg: "dir", enc: "A256GCM" });
    const claims = (await decode({ token: ours, secret }))!;
    expect(claims.exp).toBeGreaterThanOrEqual(before + 3600);
    expect(claims.exp).toBeLessThanOrEqual(before + 3601);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps salts apart, as next-auth does", async () => {
    const salted = await encode({ token, secret, salt: "other" });
    expect(await decodeSessionToken({ token: salted, secret, salt: "other" })).toMatchObject(token);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
  });

  it("refuses a tampered token, another secret's token and an expired one", async () => {
    const ours = await encodeSessionToken({ token, secret });
    await expect(decodeSessionToken({ token: tamper(ours), secret })).rejects.toThrow();
    await expect(decodeSessionToken({ token: ours, secret: `${secret}-rotated` })).rejects.toThrow();
    const expired = await encode({ token, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/);
  });

  it("answers null for no token, like next-auth", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
