import "server-only";
import { Resolver } from "node:dns/promises";
import { env } from "@/lib/env";

// Proof that an organisation controls an email domain: a TXT record only the domain's owner can publish, holding a
// random token that only that organisation's administrators can see.
export const CHALLENGE_LABEL = "_actlas-challenge";
export const CHALLENGE_VALUE_PREFIX = "actlas-domain-verification=";

export type DomainChallenge = { name: string; value: string };

export function domainChallenge(domain: string, verificationToken: string): DomainChallenge {
  return { name: `${CHALLENGE_LABEL}.${domain}`, value: `${CHALLENGE_VALUE_PREFIX}${verificationToken}` };
}

export type ChallengeCheck =
  { result: "match" } | { result: "missing" } | { result: "mismatch"; found: string } | { result: "unavailable" };

// A dead or silent server gives up after about four seconds (two tries), so the administrator is not left waiting;
// with several dead servers configured, the whole lookup is still cut off at DEADLINE_MS.
const RESOLVER_OPTIONS = { timeout: 1500, tries: 2 };
const DEADLINE_MS = 8_000;
// The name does not exist, or exists without TXT records: nothing has been published (yet).
const NOTHING_PUBLISHED = new Set(["ENOTFOUND", "ENODATA"]);

export async function checkDomainChallenge(challenge: DomainChallenge): Promise<ChallengeCheck> {
  const resolver = new Resolver(RESOLVER_OPTIONS);
  const servers = env().DNS_SERVERS;
  if (servers) resolver.setServers(servers);
  const deadline = setTimeout(() => resolver.cancel(), DEADLINE_MS);
  let records: string[][];
  try {
    records = await resolver.resolveTxt(challenge.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && NOTHING_PUBLISHED.has(code) ? { result: "missing" } : { result: "unavailable" };
  } finally {
    clearTimeout(deadline);
  }
  // A TXT record may arrive split into chunks of at most 255 characters; together they are one value.
  const values = records.map((chunks) => chunks.join("").trim());
  const [first] = values;
  if (first === undefined) return { result: "missing" };
  if (values.includes(challenge.value)) return { result: "match" };
  return { result: "mismatch", found: values.find((v) => v.startsWith(CHALLENGE_VALUE_PREFIX)) ?? first };
}
