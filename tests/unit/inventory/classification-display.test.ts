import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClassificationBadges } from "@/components/system-badges";
import { classificationText, plannedTier } from "@/lib/classification/display";

const UNDETERMINED = { tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" } as const;

describe("a stored classification outside the classification pages", () => {
  it("reads 'Not determined yet, could be <possible tier>' and never shows the floor tier while undetermined", () => {
    expect(classificationText(UNDETERMINED)).toBe("Not determined yet — could be High-risk");
    const html = renderToStaticMarkup(createElement(ClassificationBadges, { system: UNDETERMINED }));
    expect(html).toContain("Not determined yet");
    expect(html).toContain("could be High-risk");
    expect(html).not.toContain("Minimal");
  });

  it("treats a row without a possible tier (stored before it existed) as settled at its tier", () => {
    expect(plannedTier({ tier: "LIMITED", disposition: "UNDETERMINED" })).toBe("LIMITED");
    expect(plannedTier({ tier: "HIGH", possibleTier: null, disposition: "FINAL" })).toBe("HIGH");
    expect(classificationText({ tier: null, disposition: null })).toBe("Not classified");
  });

  it("shows a settled tier with its review badge", () => {
    const html = renderToStaticMarkup(
      createElement(ClassificationBadges, {
        system: { tier: "HIGH", possibleTier: "HIGH", disposition: "REQUIRES_REVIEW" },
      }),
    );
    expect(html).toContain("High-risk");
    expect(html).toContain("Requires review");
    expect(html).not.toContain("Not determined");
  });
});
