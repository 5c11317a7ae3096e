import "server-only";
import type { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { log } from "@/lib/log";
import { addressBucket } from "@/lib/net/client-address";
import { isOverLimit, limitKey, rateLimiter } from "@/lib/dal/core/rate-limiter";
import { countPhrase } from "@/lib/plural";

// Failed sign-ins are limited on three keys, each counted atomically before the password is checked:
// - per account and address: 5 failures in 15 minutes, at most 20 a day. This is the lockout the person at the
//   keyboard meets, and it is theirs alone: guesses from elsewhere never lock them out.
// - per address over all accounts: 100 failures an hour, which stops password spraying from one address while
//   leaving room for an office behind one NAT address.
// - per account over all addresses: 1,000 failures a day. Only a distributed guesser with 50 or more addresses can
//   reach it; it then slows the guessing to that rate, at the price of locking the account for the rest of the day.
const LIMITS = {
  pair: { points: 5, durationSeconds: 15 * 60 },
  pairDaily: { points: 20, durationSeconds: 24 * 60 * 60 },
  address: { points: 100, durationSeconds: 60 * 60 },
  account: { points: 1_000, durationSeconds: 24 * 60 * 60 },
} as const;

// Stands for every request whose address is unknown (lib/net/client-address.ts warns when that happens).
const UNKNOWN_ADDRESS = "unknown";

export class LoginThrottledError extends Error {
  constructor(readonly retryAfterMinutes: number) {
    super(`Too many failed sign-in attempts. Try again in ${countPhrase(retryAfterMinutes, "minute")}.`);
  }
}

type Counter = { limiter: RateLimiterPostgres; key: string; clearsOnSuccess: boolean };

function countersFor(email: string, address: string | null): Counter[] {
  const account = email.trim().toLowerCase();
  const network = address ? addressBucket(address) : UNKNOWN_ADDRESS;
  return [
    { limiter: rateLimiter("login-pair", LIMITS.pair), key: limitKey(account, network), clearsOnSuccess: true },
    {
      limiter: rateLimiter("login-pair-day", LIMITS.pairDaily),
      key: limitKey(account, network),
      clearsOnSuccess: true,
    },
    { limiter: rateLimiter("login-address", LIMITS.address), key: limitKey(network), clearsOnSuccess: false },
    { limiter: rateLimiter("login-account", LIMITS.account), key: limitKey(account), clearsOnSuccess: false },
  ];
}

async function refund(counters: Counter[]) {
  await Promise.all(
    counters.map((c) =>
      c.limiter
        .reward(c.key, 1)
        .catch((err: unknown) => log().error({ err }, "sign-in throttle: could not refund a point")),
    ),
  );
}

/**
 * Runs one sign-in attempt under the limits: every counter takes its point first, so of N parallel guesses at
 * most the limit reach `attempt`. A success gives the points back and forgets the account's failures from this
 * address; a failure keeps them. Throws LoginThrottledError, with the wait, when any counter is spent.
 */
export async function throttledSignIn<T>(
  email: string,
  address: string | null,
  attempt: () => Promise<T | null>,
): Promise<T | null> {
  const counters = countersFor(email, address);
  const results = await Promise.allSettled(
    counters.map(async (counter) => {
      await counter.limiter.consume(counter.key);
      return counter;
    }),
  );
  const taken = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  if (refusals.length > 0) {
    // A refused attempt is not evaluated, so it costs none of the counters that had room.
    await refund(taken);
    const failure = refusals.find((r) => !isOverLimit(r));
    if (failure) throw failure;
    const waitMs = Math.max(...refusals.map((r) => (r as RateLimiterRes).msBeforeNext));
    throw new LoginThrottledError(Math.max(1, Math.ceil(waitMs / 60_000)));
  }
  let result: T | null;
  try {
    result = await attempt();
  } catch (error) {
    await refund(counters);
    throw error;
  }
  if (result !== null) {
    await Promise.all(counters.map((c) => (c.clearsOnSuccess ? c.limiter.delete(c.key) : c.limiter.reward(c.key, 1))));
  }
  return result;
}
