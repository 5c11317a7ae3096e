import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** "disabled" when no ACTLAS_METRICS_TOKEN is set; otherwise whether the request carries it as a bearer token. */
export function metricsAccess(headers: Pick<Headers, "get">): "disabled" | "allowed" | "refused" {
  const expected = env().ACTLAS_METRICS_TOKEN;
  if (!expected) return "disabled";
  const given = /^Bearer (.+)$/.exec(headers.get("authorization") ?? "")?.[1] ?? "";
  // Compared as digests: equal lengths for timingSafeEqual, and no timing hint about the token's length.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected)) ? "allowed" : "refused";
}
