import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Outgoing requests to URLs that organisations type in (webhooks, model registries) must not reach the server's own
// network: loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and
// reserved ranges are refused unless ALLOW_PRIVATE_URLS=true (local setups and tests).
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["2001:db8::", 32], ["64:ff9b::", 96]] as const) {
  BLOCKED.addSubnet(net, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    // IPv4-mapped IPv6 (::ffff:10.0.0.1) is checked as the IPv4 address it stands for.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return BLOCKED.check(mapped[1], "ipv4");
    return BLOCKED.check(address, "ipv6");
  }
  return BLOCKED.check(address, "ipv4");
}

type Resolver = (hostname: string) => Promise<string[]>;
const resolveAll: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

const FIELD = "url";
const refuse = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { [FIELD]: [message] } });

// Checks syntax, scheme and every address the host name resolves to. Call it when the URL is saved AND again right
// before each request, since DNS answers can change in between.
export async function assertPublicUrl(raw: string, options: { allowPrivate?: boolean; resolve?: Resolver } = {}): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("Enter a full URL starting with https://");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse("Only http and https URLs are allowed.");
  if (url.username || url.password) throw refuse("Put credentials in the secret, not in the URL.");
  const allowPrivate = options.allowPrivate ?? env().ALLOW_PRIVATE_URLS === "true";
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) throw refuse("Private and loopback addresses are not allowed.");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (options.resolve ?? resolveAll)(host);
  } catch {
    throw refuse(`The host ${host} could not be resolved.`);
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) throw refuse("Private and loopback addresses are not allowed.");
  return url;
}
