import "server-only";
import { db } from "@/lib/db/client";

// Per account: 5 failures in 15 minutes lock that account's sign-in; per address: 30 failures lock the address.
// Counting failures (not attempts) means a legitimate user is never locked out by their own successes.
const WINDOW_MS = 15 * 60_000;
const LIMITS = { email: 5, ip: 30 } as const;

export class LoginThrottledError extends Error {
  constructor(readonly retryAfterMinutes: number) {
    super(`Too many failed sign-in attempts. Try again in ${retryAfterMinutes} minute${retryAfterMinutes === 1 ? "" : "s"}.`);
  }
}

function keys(email: string, ip: string | null) {
  return { email: `email:${email.trim().toLowerCase()}`, ip: ip ? `ip:${ip}` : null };
}

export async function assertLoginAllowed(email: string, ip: string | null): Promise<void> {
  const since = new Date(Date.now() - WINDOW_MS);
  const k = keys(email, ip);
  for (const [kind, key] of [["email", k.email], ["ip", k.ip]] as const) {
    if (!key) continue;
    const failures = await db().loginAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: LIMITS[kind],
    });
    if (failures.length >= LIMITS[kind]) {
      const unlockAt = failures[0].createdAt.getTime() + WINDOW_MS;
      throw new LoginThrottledError(Math.max(1, Math.ceil((unlockAt - Date.now()) / 60_000)));
    }
  }
}

// A success clears the account's failures, so the next typo does not count towards an old streak.
export async function recordLoginAttempt(email: string, ip: string | null, succeeded: boolean): Promise<void> {
  const k = keys(email, ip);
  const rows = [k.email, k.ip].filter((key): key is string => !!key).map((key) => ({ key, succeeded }));
  await db().$transaction(async (tx) => {
    if (succeeded) await tx.loginAttempt.deleteMany({ where: { key: k.email, succeeded: false } });
    await tx.loginAttempt.createMany({ data: rows });
  });
}
