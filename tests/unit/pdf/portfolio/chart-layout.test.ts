import { describe, expect, it } from "vitest";
import {
  barLayout,
  columnLayout,
  linePoints,
  niceMax,
  proportional,
  stackLayout,
  ticks,
} from "@/lib/pdf/portfolio/charts/layout";
import { tiersBySeverity } from "@/lib/pdf/portfolio/charts/tiers";

describe("chart layout", () => {
  it("scales to a readable maximum and never divides by zero", () => {
    expect([0, 1, 3, 9, 27, 45, 101, 100_000].map(niceMax)).toEqual([1, 1, 5, 10, 50, 50, 200, 100_000]);
    expect(ticks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(proportional(5, 0, 100)).toBe(0);
    expect(proportional(-3, 10, 100)).toBe(0);
  });

  it("draws bars proportional to their values, and a zero as no bar", () => {
    const { bars, scaleMax, height } = barLayout(
      [
        { label: "a", value: 10 },
        { label: "b", value: 5 },
        { label: "c", value: 0 },
      ],
      { top: 100, rowHeight: 20, trackWidth: 200 },
    );
    expect(scaleMax).toBe(10);
    expect(bars.map((b) => b.width)).toEqual([200, 100, 0]);
    expect(bars.map((b) => b.y)).toEqual([100, 120, 140]);
    expect(height).toBe(60);
  });

  it("handles an organisation with no systems: every bar empty, the scale still 0…1", () => {
    const { bars, scaleMax } = barLayout(
      tiersBySeverity([]).map((t) => ({ label: String(t.tier), value: t.count })),
      { top: 0, rowHeight: 10, trackWidth: 100 },
    );
    expect(scaleMax).toBe(1);
    expect(bars).toHaveLength(8);
    expect(bars.every((b) => b.width === 0)).toBe(true);
    expect(
      stackLayout(
        [
          { key: "done", value: 0 },
          { key: "open", value: 0 },
        ],
        0,
        100,
      ).map((s) => s.width),
    ).toEqual([0, 0]);
    expect(columnLayout([], { x: 0, baseline: 100, width: 300, height: 100, labelWidth: 40 }).columns).toEqual([]);
  });

  it("orders tiers by severity, prohibited first and not classified last, zeros kept", () => {
    const rows = tiersBySeverity([
      { tier: "MINIMAL", count: 15 },
      { tier: null, count: 3 },
      { tier: "PROHIBITED", count: 2 },
      { tier: "HIGH", count: 9 },
    ]);
    expect(rows.map((r) => r.tier)).toEqual([
      "PROHIBITED",
      "HIGH",
      "LIMITED",
      "GPAI",
      "GPAI_SYSTEMIC",
      "MINIMAL",
      "OUT_OF_SCOPE",
      null,
    ]);
    expect(rows.map((r) => r.count)).toEqual([2, 9, 0, 0, 0, 15, 0, 3]);
  });

  it("splits a bar into shares that add up to its width", () => {
    const [done, open] = stackLayout(
      [
        { key: "done", value: 35 },
        { key: "open", value: 16 },
      ],
      50,
      510,
    );
    expect(done).toMatchObject({ x: 50, width: 350 });
    expect(open).toMatchObject({ x: 400, width: 160 });
  });

  it("stacks done under open in each column, proportional to the shared scale", () => {
    const { columns, scaleMax } = columnLayout(
      [
        { label: "Q1", done: 34, open: 6 },
        { label: "Q2", done: 0, open: 0 },
        { label: "Q3", done: 3, open: 101 },
      ],
      { x: 0, baseline: 200, width: 300, height: 100, labelWidth: 40 },
    );
    expect(scaleMax).toBe(200);
    const [q1, q2, q3] = columns;
    expect(q1?.done).toEqual({ y: 183, height: 17 });
    expect(q1?.open).toEqual({ y: 180, height: 3 });
    expect(q2?.done.height).toBe(0);
    expect(q2?.open.height).toBe(0);
    expect((q3?.done.height ?? 0) + (q3?.open.height ?? 0)).toBeCloseTo(52);
    expect(columns.every((c) => c.width <= 40)).toBe(true);
  });

  it("keeps many quarters inside the width and thins their labels so they do not collide", () => {
    const groups = Array.from({ length: 40 }, (_, i) => ({ label: `Q${i}`, done: i, open: 1 }));
    const { columns, labelEvery } = columnLayout(groups, {
      x: 10,
      baseline: 100,
      width: 400,
      height: 80,
      labelWidth: 44,
    });
    expect(columns).toHaveLength(40);
    expect(Math.max(...columns.map((c) => c.x + c.width))).toBeLessThanOrEqual(410);
    expect(labelEvery).toBe(5);
    const shown = columns.filter((c) => c.showLabel);
    for (let i = 1; i < shown.length - 1; i++)
      expect((shown[i]?.x ?? 0) - (shown[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(44);
    expect(columns.at(-1)?.showLabel).toBe(true);
  });

  it("spreads line points evenly and centres a single point", () => {
    expect(linePoints([0, 50, 100], { x: 0, baseline: 100, width: 200, height: 100 }, 100)).toEqual([
      { x: 0, y: 100 },
      { x: 100, y: 50 },
      { x: 200, y: 0 },
    ]);
    expect(linePoints([5], { x: 0, baseline: 100, width: 200, height: 100 }, 10)).toEqual([{ x: 100, y: 50 }]);
  });
});
