import "server-only";
import type { TokenActor } from "@/lib/access/actor";
import { isOverLimit, limitKey, rateLimiter } from "@/lib/dal/core/rate-limiter";
import { env } from "@/lib/env";
import { problemResponse } from "./problem";

/**
 * Takes one request from the token's budget (API_RATE_LIMIT_PER_MINUTE, a fixed one-minute window) and answers
 * null while there is room, else the 429 to send, with Retry-After in seconds. The count is one atomic upsert, so
 * parallel requests cannot overrun it.
 */
export async function spendApiBudget(actor: TokenActor): Promise<Response | null> {
  const limit = env().API_RATE_LIMIT_PER_MINUTE;
  try {
    await rateLimiter("api-token", { points: limit, durationSeconds: 60 }).consume(limitKey(actor.tokenId));
    return null;
  } catch (error) {
    if (!isOverLimit(error)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    return problemResponse(
      "rate-limited",
      `This API token made more than ${limit} requests in a minute. Retry after ${seconds} seconds.`,
      {},
      { "Retry-After": String(seconds) },
    );
  }
}
