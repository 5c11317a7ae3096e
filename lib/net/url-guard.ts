import "server-only";
import { isIP } from "node:net";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isPrivateAddress } from "./ip-policy";
import { resolveHost } from "./resolve";

export { isPrivateAddress };

// Outgoing requests to URLs that organisations type in (webhooks, model registries) must not reach the server's own
// network: loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and
// reserved ranges are refused unless ALLOW_PRIVATE_URLS=true (local setups and tests).
//
// This check gives the person saving a URL a clear error next to the field. It is NOT what keeps requests out of the
// private network: DNS can answer differently a moment later (rebinding), so every request is sent through
// lib/net/guarded-fetch, whose connection checks the very address it connects to.

type Resolver = (hostname: string) => Promise<string[]>;

const FIELD = "url";
export const REFUSED_MESSAGE = "Private and loopback addresses are not allowed.";
/** Why the guard refused a URL, for callers that word it their own way (a registry sync's note). */
export type UrlRefusal = "invalid" | "scheme" | "credentials" | "private" | "unresolved";

const refuse = (reason: UrlRefusal, message: string) =>
  Object.assign(new AppError("VALIDATION", message, { fieldErrors: { [FIELD]: [message] } }), { urlRefusal: reason });

/** The guard's reason when `error` is one of its refusals, else null. */
export function urlRefusalOf(error: unknown): UrlRefusal | null {
  const reason = typeof error === "object" && error !== null ? (error as { urlRefusal?: unknown }).urlRefusal : null;
  return typeof reason === "string" ? (reason as UrlRefusal) : null;
}

export const allowPrivateUrls = () => env().ALLOW_PRIVATE_URLS === "true";

// The URL parser has already turned decimal, octal and hex IPv4 forms (2130706433, 0177.0.0.1, 0x7f.1) into dotted
// quads and IPv6 into its canonical form, so the literal checked here is the one that would be connected to.
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

export async function assertPublicUrl(
  raw: string,
  options: { allowPrivate?: boolean; resolve?: Resolver } = {},
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("invalid", "Enter a full URL starting with https://");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw refuse("scheme", "Only http and https URLs are allowed.");
  if (url.username || url.password) throw refuse("credentials", "Put credentials in the secret, not in the URL.");
  if (options.allowPrivate ?? allowPrivateUrls()) return url;
  const host = hostOf(url);
  if (host === "localhost" || host.endsWith(".localhost")) throw refuse("private", REFUSED_MESSAGE);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (options.resolve ?? resolveHost)(host);
  } catch {
    throw refuse("unresolved", `The host ${host} could not be resolved.`);
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) throw refuse("private", REFUSED_MESSAGE);
  return url;
}
