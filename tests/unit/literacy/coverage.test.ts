import { describe, expect, it } from "vitest";
import {
  coverageBySystem,
  coverageByUnit,
  coverageLabel,
  coverageSummary,
  isFullyCovered,
  expiryOf,
  isCurrent,
  trainedSystems,
} from "@/lib/literacy/coverage";

const items = [
  { id: "chat", allSystems: false, systemIds: ["s1"] },
  { id: "basics", allSystems: true, systemIds: [] },
];

describe("literacy coverage", () => {
  it("counts a completion up to and including its expiry day", () => {
    expect(isCurrent("2026-12-05", "2026-12-05")).toBe(true);
    expect(isCurrent("2026-12-04", "2026-12-05")).toBe(false);
    expect(isCurrent(null, "2099-01-01")).toBe(true);
    const trained = trainedSystems([{ personId: "p", itemId: "chat", expiresOn: "2026-12-05" }], items, "2026-12-06");
    expect(coverageBySystem([{ personId: "p", systemId: "s1" }], trained).get("s1")).toEqual({ trained: 0, total: 1 });
  });

  it("covers only the systems an item is meant for, and every system for an item meant for all", () => {
    const trained = trainedSystems(
      [
        { personId: "a", itemId: "chat", expiresOn: null },
        { personId: "b", itemId: "basics", expiresOn: "2030-01-01" },
      ],
      items,
      "2026-12-05",
    );
    const by = coverageBySystem(
      [
        { personId: "a", systemId: "s1" },
        { personId: "a", systemId: "s2" },
        { personId: "b", systemId: "s2" },
        { personId: "c", systemId: "s2" },
      ],
      trained,
    );
    expect(by.get("s1")).toEqual({ trained: 1, total: 1 });
    expect(by.get("s2")).toEqual({ trained: 1, total: 3 });
  });

  it("says 'No one assigned' for a system without operators, never 100 %", () => {
    const by = coverageBySystem([], new Map());
    expect(by.get("s1")).toBeUndefined();
    expect(coverageLabel(by.get("s1"))).toBe("No one assigned");
    expect(coverageLabel({ trained: 1, total: 3 })).toBe("1 of 3 trained (33%)");
  });

  it("counts a person who operates and oversees one system once, and groups by business unit", () => {
    const trained = trainedSystems([{ personId: "a", itemId: "basics", expiresOn: null }], items, "2026-12-05");
    const assignments = [
      { personId: "a", systemId: "s1" },
      { personId: "a", systemId: "s1" },
      { personId: "b", systemId: "s1" },
    ];
    expect(coverageBySystem(assignments, trained).get("s1")).toEqual({ trained: 1, total: 2 });
    const units = coverageByUnit(assignments, new Map([["a", "hr"]]), trained);
    expect(units.get("hr")).toEqual({ trained: 1, total: 1 });
    expect(units.get(null)).toEqual({ trained: 0, total: 1 });
  });

  it("computes the expiry from the refresher cycle, clamping to the month's end", () => {
    expect(expiryOf("2026-01-31", 1)).toBe("2026-02-28");
    expect(expiryOf("2026-03-15", 12)).toBe("2027-03-15");
    expect(expiryOf("2026-03-15", null)).toBeNull();
  });
});

describe("the Art 4 duty's figure", () => {
  it("is backed only by full coverage of at least one person", () => {
    expect(isFullyCovered({ trained: 0, total: 0 })).toBe(false);
    expect(isFullyCovered({ trained: 2, total: 3 })).toBe(false);
    expect(isFullyCovered({ trained: 3, total: 3 })).toBe(true);
  });
  it("says how many are trained and how many refreshers are overdue, with the right number of each", () => {
    expect(coverageSummary({ trained: 0, total: 0, lapsed: 0 })).toBe(
      "No one is assigned to operate or oversee this system yet",
    );
    expect(coverageSummary({ trained: 1, total: 1, lapsed: 0 })).toBe("1 of 1 operator or overseer trained");
    expect(coverageSummary({ trained: 4, total: 6, lapsed: 1 })).toBe(
      "4 of 6 operators and overseers trained, 1 refresher overdue",
    );
    expect(coverageSummary({ trained: 0, total: 6, lapsed: 2 })).toContain("2 refreshers overdue");
  });
});
