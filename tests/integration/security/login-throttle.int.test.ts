import { describe, expect, it } from "vitest";
import { assertLoginAllowed, LoginThrottledError, recordLoginAttempt } from "@/lib/dal/login-throttle";
import { uniqueEmail } from "../../helpers/factories";

const uniqueIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("sign-in rate limiting", () => {
  it("locks an account after five failures within the window, with a retry time", async () => {
    const email = uniqueEmail("victim");
    for (let i = 0; i < 4; i++) await recordLoginAttempt(email, uniqueIp(), false);
    await expect(assertLoginAllowed(email, uniqueIp())).resolves.toBeUndefined();
    await recordLoginAttempt(email, uniqueIp(), false);
    const error = await assertLoginAllowed(email.toUpperCase(), uniqueIp()).catch((e) => e);
    expect(error).toBeInstanceOf(LoginThrottledError);
    expect(error.message).toMatch(/^Too many failed sign-in attempts\. Try again in 1[45] minutes\.$/);
  });

  it("locks an address that fails on many accounts", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 30; i++) await recordLoginAttempt(uniqueEmail("spray"), ip, false);
    await expect(assertLoginAllowed(uniqueEmail("fresh"), ip)).rejects.toBeInstanceOf(LoginThrottledError);
    await expect(assertLoginAllowed(uniqueEmail("fresh"), uniqueIp())).resolves.toBeUndefined();
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const email = uniqueEmail("typo");
    for (let i = 0; i < 4; i++) await recordLoginAttempt(email, null, false);
    await recordLoginAttempt(email, null, true);
    await recordLoginAttempt(email, null, false);
    await expect(assertLoginAllowed(email, null)).resolves.toBeUndefined();
  });
});
