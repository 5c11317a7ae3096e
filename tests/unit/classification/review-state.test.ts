import { describe, expect, it } from "vitest";
import { needsReview, reviewState } from "@/lib/classification/review-state";

const disputed = { tier: "HIGH", possibleTier: "HIGH", disposition: "REQUIRES_REVIEW" } as const;
const undetermined = { tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" } as const;

describe("reviewState", () => {
  it("is the engine's state until legal decides", () => {
    expect(reviewState(disputed, null)).toMatchObject({ disposition: "REQUIRES_REVIEW", decided: false });
    expect(needsReview(reviewState(disputed, undefined))).toBe(true);
  });

  it("a confirmation makes the run final on the engine's tier", () => {
    const state = reviewState(disputed, { decision: "CONFIRMED" });
    expect(state).toEqual({
      tier: "HIGH",
      possibleTier: "HIGH",
      disposition: "FINAL",
      decided: true,
      overridden: false,
    });
    expect(needsReview(state)).toBe(false);
  });

  it("an override makes legal's tier the answer, even on an undetermined run", () => {
    expect(reviewState(undetermined, { decision: "OVERRIDDEN", overrideTier: "LIMITED" })).toEqual({
      tier: "LIMITED",
      possibleTier: "LIMITED",
      disposition: "FINAL",
      decided: true,
      overridden: true,
    });
  });

  it("questions from legal reopen a confirmed run but never settle an undetermined one", () => {
    expect(reviewState(disputed, { decision: "REQUIRES_REVIEW" }).disposition).toBe("REQUIRES_REVIEW");
    expect(reviewState(undetermined, { decision: "REQUIRES_REVIEW" })).toMatchObject({
      disposition: "UNDETERMINED",
      possibleTier: "HIGH",
    });
  });
});
