import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addressBucket } from "@/lib/net/client-address";
import { isOverLimit, limitKey, rateLimiter } from "@/lib/dal/core/rate-limiter";

// Sign-up and password-reset e-mails per hour: 3 to one address (the real owner needs one, a mistyped address a
// second), ACCOUNT_MAILS_PER_NETWORK_PER_HOUR (20) asked from one network address. On the same rate-limiter-flexible
// store as sign-in.
const HOUR = 60 * 60;
const EMAIL_LIMIT = { points: 3, durationSeconds: HOUR };
export type AccountMailPurpose = "signup" | "reset";

export const TOO_MANY_REQUESTS_MESSAGE = "Too many requests from your network. Please try again in an hour.";

// Counts the request and says whether a mail to this address may go. Over the address cap the caller stays silent
// (its answer must not differ from an address without an account); over the network cap it refuses openly, which
// says nothing about any account. Without a known client address only the per-address cap applies: one shared
// counter would let a single visitor stop every sign-up.
export async function allowAccountMail(
  purpose: AccountMailPurpose,
  email: string,
  ip: string | null,
): Promise<boolean> {
  if (ip) {
    try {
      const perNetwork = { points: env().ACCOUNT_MAILS_PER_NETWORK_PER_HOUR, durationSeconds: HOUR };
      await rateLimiter(`${purpose}-mail-address`, perNetwork).consume(limitKey(addressBucket(ip)));
    } catch (error) {
      if (isOverLimit(error)) throw new AppError("RATE_LIMITED", TOO_MANY_REQUESTS_MESSAGE);
      throw error;
    }
  }
  try {
    await rateLimiter(`${purpose}-mail-email`, EMAIL_LIMIT).consume(limitKey(email));
    return true;
  } catch (error) {
    if (isOverLimit(error)) return false;
    throw error;
  }
}
