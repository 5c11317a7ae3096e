import { auditHashOf, AUDIT_GENESIS } from "./hash";

export type ChainEvent = {
  sequence: number;
  prevHash: string;
  hash: string;
  fields: Record<string, unknown>;
};

export type ChainReport =
  { ok: true; events: number; headHash: string } | { ok: false; events: number; brokenAt: number; problem: string };

// Walks one organisation's events in sequence order and reports the first link that does not hold: a missing
// sequence number (a deleted row), a prevHash that does not name the previous event, or a hash that does not match
// the event's own content (an edited row).
// `after` continues a chain verified in an earlier batch.
export function verifyChain(events: ChainEvent[], after?: { sequence: number; hash: string } | null): ChainReport {
  let prev = after?.hash ?? AUDIT_GENESIS;
  let expected = (after?.sequence ?? 0) + 1;
  for (const e of events) {
    if (e.sequence !== expected) {
      return {
        ok: false,
        events: events.length,
        brokenAt: expected,
        problem: `Event #${expected} is missing (next found: #${e.sequence}).`,
      };
    }
    if (e.prevHash !== prev) {
      return {
        ok: false,
        events: events.length,
        brokenAt: e.sequence,
        problem: `Event #${e.sequence} does not link to the event before it.`,
      };
    }
    if (auditHashOf(prev, e.fields) !== e.hash) {
      return {
        ok: false,
        events: events.length,
        brokenAt: e.sequence,
        problem: `Event #${e.sequence} was altered after it was written.`,
      };
    }
    prev = e.hash;
    expected += 1;
  }
  return { ok: true, events: events.length, headHash: prev };
}
