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
const refuse = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { [FIELD]: [message] } });

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
    throw refuse("Enter a full URL starting with https://");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse("Only http and https URLs are allowed.");
  if (url.username || url.password) throw refuse("Put credentials in the secret, not in the URL.");
  if (options.allowPrivate ?? allowPrivateUrls()) return url;
  const host = hostOf(url);
  if (host === "localhost" || host.endsWith(".localhost")) throw refuse(REFUSED_MESSAGE);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (options.resolve ?? resolveHost)(host);
  } catch {
    throw refuse(`The host ${host} could not be resolved.`);
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) throw refuse(REFUSED_MESSAGE);
  return url;
}
