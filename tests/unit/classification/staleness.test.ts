import { describe, expect, it } from "vitest";
import { isStale, staleReasons } from "@/lib/classification/staleness";
import { CURRENT_RULE_SET_ID } from "@/lib/rules";

describe("staleReasons", () => {
  const run = { systemVersion: 3, ruleSetId: CURRENT_RULE_SET_ID };
  it("names each reason a stored run may no longer hold", () => {
    expect(staleReasons(run, 3)).toEqual([]);
    expect(staleReasons(run, 4)).toEqual(["intake_changed"]);
    expect(staleReasons({ ...run, ruleSetId: "2026-07-omnibus" }, 3)).toEqual(["rule_set_changed"]);
    expect(staleReasons(run, 3, "2027-01-next")).toEqual(["rule_set_changed"]);
    expect(staleReasons({ ...run, ruleSetId: "old" }, 5)).toEqual(["intake_changed", "rule_set_changed"]);
  });
  it("a system never classified is not stale", () => {
    expect(isStale(null, 7)).toBe(false);
    expect(isStale(run, 4)).toBe(true);
  });
});
