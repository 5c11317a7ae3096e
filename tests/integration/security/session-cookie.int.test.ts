import { decode, encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/crypto/password";
import { db } from "@/lib/db/client";
import { uniqueEmail } from "../../helpers/factories";
import { request, signInOver, startSignInServer } from "./sign-in-server";

// The session cookie through next-auth's real handler with the app's options (its jwt encode/decode are the app's,
// lib/auth/session-jwt.ts): what it mints, next-auth's stock decoder opens, and a cookie minted by the stock encoder
// (every cookie issued before the switch) still signs the person in.
const PASSWORD = "correct horse battery staple";
const SECRET = "session-cookie-test-secret-0123456789";
process.env.NEXTAUTH_SECRET = SECRET;
let server: Awaited<ReturnType<typeof startSignInServer>>;

beforeAll(async () => {
  server = await startSignInServer();
});

afterAll(async () => {
  await server.close();
});

async function signedIn(): Promise<{ cookie: string; sid: string }> {
  const email = uniqueEmail("cookie");
  await db().user.create({ data: { email, name: "Cookie", passwordHash: await hashPassword(PASSWORD) } });
  const { outcome, sessionCookie } = await signInOver(server.port, "127.0.9.2", email, PASSWORD);
  expect(outcome).toBe("signed-in");
  const value = decodeURIComponent(sessionCookie!.slice(sessionCookie!.indexOf("=") + 1));
  const token = await decode({ token: value, secret: SECRET });
  return { cookie: sessionCookie!, sid: String(token?.sid) };
}

const sessionWith = async (cookie: string) =>
  JSON.parse((await request(server.port, "127.0.9.2", "GET", "/api/auth/session", { cookie })).body) as {
    sid?: string;
  };

describe("the session cookie", () => {
  it("is minted in next-auth's format and read back by the app", async () => {
    const { cookie, sid } = await signedIn();
    expect(sid).toMatch(/\S/);
    expect((await sessionWith(cookie)).sid).toBe(sid);
  });

  it("still opens when next-auth's own encoder minted it", async () => {
    const { sid } = await signedIn();
    const stock = await encode({ token: { sid }, secret: SECRET });
    expect((await sessionWith(`next-auth.session-token=${stock}`)).sid).toBe(sid);
  });

  it("is refused when tampered with", async () => {
    const { cookie } = await signedIn();
    const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
    const parts = decodeURIComponent(value).split(".");
    parts[3] = (parts[3]![0] === "A" ? "B" : "A") + parts[3]!.slice(1);
    expect(await sessionWith(`${name}=${parts.join(".")}`)).toEqual({});
  });
});
