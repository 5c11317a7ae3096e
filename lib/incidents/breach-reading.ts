// describeReading's "accuracy = 0.81, limit ≥ 0.9" with the word "limit" in the reader's language: the metric and the
// numbers are the pipeline's own. Pure, so the browser's comment thread can use it as the server does.
const LIMIT = /, limit ([≥≤]) (\S+)$/;

export function readingWith(english: string, limitWord: string): string {
  return english.replace(LIMIT, (_, sign: string, value: string) => `, ${limitWord} ${sign} ${value}`);
}

// The note reopenObligation leaves on an obligation when a breach reopens it (lib/dal/monitoring/events.ts).
export const REOPENED_BY_BREACH = /^Reopened by a monitoring breach \((.+)\)\.$/s;
