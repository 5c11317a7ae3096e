import { describe, expect, it } from "vitest";
import { bandOfScore, currentRating, heatMap, needsPrivilegedAcceptance, riskBand, riskScore } from "@/lib/risks/score";

describe("risk score and bands", () => {
  it("is likelihood × impact on a 5 × 5 scale and refuses anything off the scale", () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
    for (const [l, i] of [
      [0, 3],
      [3, 6],
      [2.5, 2],
      [Number.NaN, 1],
    ] as const)
      expect(() => riskScore(l, i)).toThrow(RangeError);
  });

  it("cuts the bands at 1–4 low, 5–9 medium, 10–16 high, 20–25 critical", () => {
    expect([1, 4].map(bandOfScore)).toEqual(["LOW", "LOW"]);
    expect([5, 9].map(bandOfScore)).toEqual(["MEDIUM", "MEDIUM"]);
    expect([10, 16].map(bandOfScore)).toEqual(["HIGH", "HIGH"]);
    expect([20, 25].map(bandOfScore)).toEqual(["CRITICAL", "CRITICAL"]);
    // Every cell of the grid lands in exactly one band, and the band never falls as either factor rises.
    const order = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
    for (let l = 1; l <= 5; l++)
      for (let i = 1; i <= 4; i++) {
        expect(order.indexOf(riskBand(l, i + 1))).toBeGreaterThanOrEqual(order.indexOf(riskBand(l, i)));
        expect(order.indexOf(riskBand(i + 1, l))).toBeGreaterThanOrEqual(order.indexOf(riskBand(i, l)));
      }
    expect(needsPrivilegedAcceptance("HIGH")).toBe(true);
    expect(needsPrivilegedAcceptance("CRITICAL")).toBe(true);
    expect(needsPrivilegedAcceptance("MEDIUM")).toBe(false);
  });

  it("rates a risk on its residual scores once both are set, else on the inherent ones", () => {
    const inherent = { likelihood: 4, impact: 5, residualLikelihood: null, residualImpact: null };
    expect(currentRating(inherent)).toEqual({ likelihood: 4, impact: 5, residual: false });
    expect(currentRating({ ...inherent, residualLikelihood: 2 })).toEqual({
      likelihood: 4,
      impact: 5,
      residual: false,
    });
    expect(currentRating({ ...inherent, residualLikelihood: 2, residualImpact: 3 })).toEqual({
      likelihood: 2,
      impact: 3,
      residual: true,
    });
  });

  it("counts risks per cell, rows from likelihood 5 down to 1", () => {
    const grid = heatMap([
      { likelihood: 5, impact: 1 },
      { likelihood: 5, impact: 1 },
      { likelihood: 1, impact: 5 },
    ]);
    expect(grid).toHaveLength(5);
    expect(grid[0]?.[0]).toEqual({ likelihood: 5, impact: 1, count: 2, band: "MEDIUM" });
    expect(grid[4]?.[4]).toEqual({ likelihood: 1, impact: 5, count: 1, band: "MEDIUM" });
    expect(grid.flat().reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});
