// THE ALLOW-LIST of known contract mismatches (issue #23, the request/response vocabulary half left to a later
// change). Each entry is one place where the server and /api/v1/openapi.json still disagree; the contract test lets
// a breach through only when an entry here names its operation and matches its text, and fails on an entry that no
// longer matches anything (run with the default seed), so whoever fixes a mismatch must delete its entry.
// Add nothing here to make a new failure go away: fix the server or the document instead.
type KnownMismatch = { operation: string; breach: RegExp; why: string };

export const KNOWN_MISMATCHES: KnownMismatch[] = [];

const keyOf = (entry: KnownMismatch) => `${entry.operation} ${entry.breach.source}`;

/** The entry that excuses this breach, as a key for the stale-entry check; undefined when none does. */
export function knownMismatch(operation: string, breach: string): string | undefined {
  const entry = KNOWN_MISMATCHES.find((m) => m.operation === operation && m.breach.test(breach));
  return entry && keyOf(entry);
}

export function staleMismatches(used: ReadonlySet<string>): string[] {
  return KNOWN_MISMATCHES.filter((entry) => !used.has(keyOf(entry))).map((e) => `${keyOf(e)} (${e.why})`);
}
