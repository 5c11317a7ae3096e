import { describe, expect, it } from "vitest";
import { coversPrimary, parseSnapshot, type Snapshot } from "@/lib/db/snapshot";

function snap(text: string): Snapshot {
  const parsed = parseSnapshot(text);
  if (!parsed) throw new Error(`bad snapshot ${text}`);
  return parsed;
}

describe("transaction snapshots", () => {
  it("parses pg_current_snapshot() text, with and without running transactions", () => {
    expect(parseSnapshot("745:750:745,748")).toEqual({ xmin: 745n, xmax: 750n, xip: [745n, 748n] });
    expect(parseSnapshot("800:800:")).toEqual({ xmin: 800n, xmax: 800n, xip: [] });
    expect(parseSnapshot("9007199254740993:9007199254740995:")?.xmax).toBe(9007199254740995n);
    for (const bad of ["", "not a standby", "1:2", "a:b:", "1:2:x"]) expect(parseSnapshot(bad)).toBeUndefined();
  });

  it("a standby covers the primary when it has seen every transaction the primary had finished", () => {
    expect(coversPrimary(snap("800:800:"), snap("800:800:"))).toBe(true);
    // Further along than the primary's snapshot: fine.
    expect(coversPrimary(snap("805:805:"), snap("800:800:"))).toBe(true);
    // The primary's transaction 799 is still running, so the standby need not have it.
    expect(coversPrimary(snap("799:799:"), snap("799:800:799"))).toBe(true);
    expect(coversPrimary(snap("799:800:799"), snap("799:800:799"))).toBe(true);
  });

  it("does not when a transaction that finished on the primary is missing or still running on the standby", () => {
    // 800 finished on the primary; the standby has not replayed it yet.
    expect(coversPrimary(snap("800:800:"), snap("801:801:"))).toBe(false);
    expect(coversPrimary(snap("799:801:800"), snap("801:801:"))).toBe(false);
    // Far behind: more missing ids than the primary has running.
    expect(coversPrimary(snap("100:100:"), snap("800:900:850"))).toBe(false);
    // 799 is running on the primary but 800 is not: the standby lacks 800.
    expect(coversPrimary(snap("799:799:"), snap("799:801:799"))).toBe(false);
  });
});
