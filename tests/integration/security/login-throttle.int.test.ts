import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/crypto/password";
import { db } from "@/lib/db/client";
import { uniqueEmail } from "../../helpers/factories";
import { signInOver, startSignInServer } from "./sign-in-server";

const PASSWORD = "correct horse battery staple";
let server: Awaited<ReturnType<typeof startSignInServer>>;
let next = 10;
// A fresh loopback address per use (127.0.0.0/8 is all local), so tests never share an address's counters.
const address = () => `127.0.${Math.floor(next / 250)}.${(next++ % 250) + 2}`;
const fakeIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

async function person(): Promise<string> {
  const email = uniqueEmail("person");
  await db().user.create({ data: { email, name: "Person", passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

beforeAll(async () => {
  server = await startSignInServer();
});

afterAll(async () => {
  await server.close();
});

// Ten sign-ins at a time: the password hash is slow on purpose, and a hundred in a row take a minute.
async function inBatches<T>(count: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let done = 0; done < count; done += 10)
    results.push(...(await Promise.all(Array.from({ length: Math.min(10, count - done) }, run))));
  return results;
}

const signIn = (from: string, email: string, password: string, headers?: Record<string, string>) =>
  signInOver(server.port, from, email, password, headers);

describe("sign-in throttling through the credentials sign-in", () => {
  it("locks an account after five failures from one address, with a retry time, even against the right password", async () => {
    const email = await person();
    const from = address();
    for (let i = 0; i < 5; i++) expect((await signIn(from, email, `wrong ${i}`)).outcome).toBe("wrong");
    const locked = await signIn(from, email.toUpperCase(), PASSWORD);
    expect(locked.outcome).toBe("throttled");
    expect(locked.message).toMatch(/^Too many failed sign-in attempts\. Try again in 1[45] minutes\.$/);
  });

  it("does not lock the person out from their own address when someone else guesses from another", async () => {
    const email = await person();
    const attacker = address();
    for (let i = 0; i < 5; i++) await signIn(attacker, email, `guess ${i}`);
    expect((await signIn(attacker, email, `guess 6`)).outcome).toBe("throttled");
    expect((await signIn(address(), email, PASSWORD)).outcome).toBe("signed-in");
  });

  it("keeps counting an address that writes a new X-Forwarded-For on every guess", async () => {
    const from = address();
    // Password spraying: one guess per account, so only the per-address limit (100 an hour) can stop it.
    const outcomes = await inBatches(100, () =>
      signIn(from, uniqueEmail("spray"), "Winter2026!", { "x-forwarded-for": fakeIp() }),
    );
    expect(outcomes.every((o) => o.outcome === "wrong")).toBe(true);
    expect((await signIn(from, uniqueEmail("spray"), "Winter2026!", { "x-forwarded-for": fakeIp() })).outcome).toBe(
      "throttled",
    );
    expect((await signIn(from, await person(), PASSWORD, { "x-forwarded-for": fakeIp() })).outcome).toBe("throttled");
  }, 120_000);

  it("cannot lock out another person's address by naming it in X-Forwarded-For", async () => {
    const victimAddress = address();
    const attacker = address();
    // 30 failures locked an address before; now they count against the attacker's own address only.
    await inBatches(30, () =>
      signIn(attacker, uniqueEmail("spray"), "Winter2026!", { "x-forwarded-for": victimAddress }),
    );
    expect((await signIn(victimAddress, await person(), PASSWORD)).outcome).toBe("signed-in");
  }, 60_000);

  it("evaluates at most the limit of parallel wrong guesses", async () => {
    const email = await person();
    const from = address();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(from, email, `parallel ${i}`)));
    const evaluated = outcomes.filter((o) => o.outcome === "wrong").length;
    expect(evaluated).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => o.outcome === "throttled").length).toBe(20 - evaluated);
  }, 60_000);

  it("forgets an address's failures on an account after a successful sign-in", async () => {
    const email = await person();
    const from = address();
    for (let i = 0; i < 4; i++) await signIn(from, email, `typo ${i}`);
    expect((await signIn(from, email, PASSWORD)).outcome).toBe("signed-in");
    for (let i = 0; i < 4; i++) expect((await signIn(from, email, `typo again ${i}`)).outcome).toBe("wrong");
    expect((await signIn(from, email, PASSWORD)).outcome).toBe("signed-in");
  });
});
