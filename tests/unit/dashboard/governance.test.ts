import { describe, expect, it } from "vitest";
import { percentOf, standardsFigure } from "@/lib/dashboard/governance";
import type { FrameworkSummary } from "@/lib/standards/coverage";

const summary = (over: Partial<FrameworkSummary>): FrameworkSummary => ({
  controls: 0,
  evidenced: 0,
  partial: 0,
  gap: 0,
  nothing: 0,
  unmapped: 0,
  excluded: 0,
  ...over,
});

describe("dashboard governance figures", () => {
  it("rounds a percentage down, so 100 % means every one, and has none of nothing", () => {
    expect(percentOf(199, 200)).toBe(99);
    expect(percentOf(200, 200)).toBe(100);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 0)).toBeNull();
  });

  it("counts a framework's coverage over the controls with something to evidence, partly evidenced as a gap", () => {
    const f = standardsFigure(
      summary({ controls: 38, evidenced: 6, partial: 9, gap: 3, nothing: 5, unmapped: 10, excluded: 5 }),
    );
    expect(f).toEqual({ counted: 18, evidenced: 6, gaps: 12, percent: 33 });
  });

  it("gives no percentage when every control is excluded, unmapped or has nothing to evidence yet", () => {
    expect(standardsFigure(summary({ controls: 4, nothing: 2, unmapped: 1, excluded: 1 }))).toEqual({
      counted: 0,
      evidenced: 0,
      gaps: 0,
      percent: null,
    });
  });
});
