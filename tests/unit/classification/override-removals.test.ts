import { describe, expect, it } from "vitest";
import { overrideRemovals } from "@/lib/classification/override-removals";
import { classify } from "@/lib/rules";
import { CV_SCREENING_DISPUTED } from "../../integration/classification/profiles";

describe("overrideRemovals", () => {
  const result = classify(CV_SCREENING_DISPUTED, { asOf: "2027-01-01" });

  it("lists the high-risk duties an override to Minimal takes away, and keeps AI literacy", () => {
    const removed = overrideRemovals(result, "MINIMAL");
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.every((o) => o.code.startsWith("hr."))).toBe(true);
    expect(removed.map((o) => o.code)).not.toContain("general.ai_literacy");
  });

  it("takes nothing away at the engine's tier or above", () => {
    expect(overrideRemovals(result, "HIGH")).toEqual([]);
    expect(overrideRemovals(result, "PROHIBITED")).toEqual([]);
  });
});
