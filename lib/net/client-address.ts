import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// Set by the server that `npm start` runs (scripts/start/server.mjs) to the TCP peer of every request, replacing
// any value a client sent. Next itself only fills X-Forwarded-For when the client sent none, so without this
// header a client could choose the address that the sign-in limits count against.
export const PEER_ADDRESS_HEADER = "x-actlas-peer-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

// Strict forms only (no "1.2.3" or octal IPv4), IPv4-mapped IPv6 folded to IPv4, IPv6 compacted: one address has
// one spelling, so it cannot dodge its counter by being written differently.
export function canonicalAddress(value: string | undefined): string | null {
  const text = value?.trim() ?? "";
  if (!ipaddr.IPv4.isValidFourPartDecimal(text) && !ipaddr.IPv6.isValid(text)) return null;
  return ipaddr.process(text).toString();
}

let warned = false;

/**
 * The client's address, for rate limits. TRUSTED_PROXY_HOPS = 0: the TCP peer. N: the N-th X-Forwarded-For entry
 * from the right, which the outermost of the N trusted proxies appended; entries further left are the client's own
 * words. A request with fewer entries than proxies skipped one, so only its TCP peer is known for sure.
 */
export function clientAddress(headers: HeaderSource, hops: number = env().TRUSTED_PROXY_HOPS): string | null {
  const peer = canonicalAddress(header(headers, PEER_ADDRESS_HEADER));
  if (!peer && !warned) {
    warned = true;
    log().warn(
      `requests carry no ${PEER_ADDRESS_HEADER} header: run Actlas with \`npm start\`, whose server sets it; per-address limits now share one counter`,
    );
  }
  if (hops === 0) return peer;
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length < hops) return peer;
  return canonicalAddress(forwarded[forwarded.length - hops]) ?? peer;
}

// One person usually holds a whole IPv6 /64, so limits count per /64 there; IPv4 addresses count one by one.
export function addressBucket(address: string): string {
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(":")}::/64`;
}
