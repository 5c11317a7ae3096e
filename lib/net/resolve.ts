import "server-only";
import { lookup, Resolver } from "node:dns/promises";
import { env } from "@/lib/env";

// Every name Actlas resolves for an outgoing request goes through here: the DNS_SERVERS resolvers when set (as for
// SSO domain verification), otherwise the system's. One place, so that the address checked is the address used.
const RESOLVER_OPTIONS = { timeout: 2000, tries: 2 };

export async function resolveHost(hostname: string): Promise<string[]> {
  const servers = env().DNS_SERVERS;
  if (!servers) return (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);
  const resolver = new Resolver(RESOLVER_OPTIONS);
  resolver.setServers(servers);
  const answers = await Promise.allSettled([resolver.resolve4(hostname), resolver.resolve6(hostname)]);
  const addresses = answers.flatMap((a) => (a.status === "fulfilled" ? a.value : []));
  if (addresses.length > 0) return addresses;
  const failure = answers.find((a) => a.status === "rejected");
  throw failure ? failure.reason : Object.assign(new Error(`${hostname} has no addresses`), { code: "ENOTFOUND" });
}
