import { describe, expect, it } from "vitest";
import { AUDIT_GENESIS, auditHashOf } from "@/lib/audit/hash";
import { verifyChain, type ChainEvent } from "@/lib/audit/verify-chain";
import { one } from "../../helpers/expect-defined";

function chain(n: number): ChainEvent[] {
  const events: ChainEvent[] = [];
  let prev = AUDIT_GENESIS;
  for (let sequence = 1; sequence <= n; sequence++) {
    const fields = { sequence, action: `a${sequence}`, after: { n: sequence } };
    const hash = auditHashOf(prev, fields);
    events.push({ sequence, prevHash: prev, hash, fields });
    prev = hash;
  }
  return events;
}

describe("audit chain verification", () => {
  it("accepts an intact chain and reports its head", () => {
    const events = chain(4);
    expect(verifyChain(events)).toEqual({ ok: true, events: 4, headHash: one(events, 3).hash });
  });

  it("names an edited event", () => {
    const events = chain(4);
    const edited = one(events, 2);
    events[2] = { ...edited, fields: { ...edited.fields, after: { n: 99 } } };
    expect(verifyChain(events)).toMatchObject({
      ok: false,
      brokenAt: 3,
      problem: "Event #3 was altered after it was written.",
    });
  });

  it("names a deleted event", () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyChain(events)).toMatchObject({
      ok: false,
      brokenAt: 2,
      problem: expect.stringMatching(/#2 is missing/),
    });
  });

  it("detects a rewritten tail whose hashes were recomputed from a forged link", () => {
    const events = chain(3);
    events[2] = { ...one(events, 2), prevHash: "f".repeat(64) };
    expect(verifyChain(events)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it("continues a chain from an earlier batch", () => {
    const events = chain(5);
    expect(verifyChain(events.slice(2), { sequence: 2, hash: one(events, 1).hash })).toMatchObject({
      ok: true,
      events: 3,
    });
    expect(verifyChain(events.slice(2), { sequence: 2, hash: one(events, 0).hash })).toMatchObject({
      ok: false,
      brokenAt: 3,
    });
  });
});
