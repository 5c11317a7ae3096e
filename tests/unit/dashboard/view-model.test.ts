import { describe, expect, it } from "vitest";
import {
  lifecycleRows,
  percent,
  readinessByTierRows,
  readinessByUnitRows,
  tierRows,
  timelineAxis,
  timelineRows,
  unitRows,
} from "@/lib/dashboard/view-model";
import { one } from "../../helpers/expect-defined";

describe("dashboard rows", () => {
  it("list every tier in severity order, zeros included, with not classified last", () => {
    const rows = tierRows(
      [
        { tier: "HIGH", count: 4 },
        { tier: null, count: 2 },
      ],
      {},
    );
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ["PROHIBITED", 0],
      ["HIGH", 4],
      ["GPAI_SYSTEMIC", 0],
      ["GPAI", 0],
      ["LIMITED", 0],
      ["MINIMAL", 0],
      ["OUT_OF_SCOPE", 0],
      ["NONE", 2],
    ]);
    expect(rows.at(-1)).toMatchObject({ label: "Not classified", href: "/systems?tier=NONE" });
    expect(new Set(rows.map((r) => r.color)).size).toBe(8);
  });

  it("give a unit-less row no link, since the inventory cannot filter on an empty unit", () => {
    const rows = unitRows(
      [
        { unit: "Retail", count: 3 },
        { unit: "", count: 1 },
      ],
      { owner: "u1" },
    );
    expect(rows).toEqual([
      { key: "Retail", label: "Retail", value: 3, href: "/systems?unit=Retail&owner=u1" },
      { key: "-", label: "No business unit", value: 1, href: null },
    ]);
    expect(readinessByUnitRows([{ unit: "", applicable: 2, done: 1 }], {})[0]).toMatchObject({
      doneHref: null,
      openHref: null,
    });
  });

  it("show every lifecycle stage, in use first and retired last", () => {
    const rows = lifecycleRows([{ stage: "PILOT", count: 1 }], {});
    expect(rows.map((r) => r.key)).toEqual(["IN_PRODUCTION", "PILOT", "IN_DEVELOPMENT", "PLANNED", "RETIRED"]);
    expect(rows.map((r) => r.value)).toEqual([0, 1, 0, 0, 0]);
  });

  it("split readiness into done and open obligations, each with its own list", () => {
    const row = one(readinessByTierRows([{ tier: "HIGH", applicable: 10, done: 3 }], { unit: "Retail" }));
    expect(row).toMatchObject({ done: 3, open: 7, applicable: 10 });
    expect(row.doneHref).toBe("/obligations?status=DONE%2CNOT_APPLICABLE&tier=HIGH&unit=Retail");
    expect(row.openHref).toBe("/obligations?status=NOT_STARTED%2CIN_PROGRESS&tier=HIGH&unit=Retail");
  });

  it("put today's quarter on the timeline even when nothing starts then", () => {
    const rows = timelineRows(
      [
        { quarter: "2025-Q1", obligations: 2, done: 2, systems: 1, dates: ["2025-02-02"] },
        { quarter: "2027-Q4", obligations: 5, done: 1, systems: 2, dates: ["2027-12-02"] },
      ],
      "2026-Q4",
      {},
    );
    expect(rows.map((r) => [r.label, r.isCurrent])).toEqual([
      ["Q1 2025", false],
      ["Q4 2026", true],
      ["Q4 2027", false],
    ]);
    expect(rows[2]).toMatchObject({
      open: 4,
      captions: ["Annex III high-risk duties"],
      openHref: "/obligations?status=NOT_STARTED%2CIN_PROGRESS&quarter=2027-Q4",
    });
  });

  it("never round readiness up to 100 % while something is open", () => {
    expect(percent(999, 1000)).toBe(99);
    expect(percent(0, 0)).toBe(0);
  });
});

describe("timeline axis", () => {
  it("spaces quarters by time, filling the empty ones", () => {
    const rows = timelineRows(
      [
        { quarter: "2026-Q3", obligations: 1, done: 0, systems: 1, dates: ["2026-08-02"] },
        { quarter: "2027-Q2", obligations: 3, done: 1, systems: 2, dates: ["2027-05-01"] },
      ],
      "2026-Q4",
      {},
    );
    const axis = timelineAxis(rows, {});
    expect(axis.map((r) => r.label)).toEqual(["Q3 2026", "Q4 2026", "Q1 2027", "Q2 2027"]);
    expect(axis[2]).toMatchObject({
      done: 0,
      open: 0,
      systems: 0,
      isCurrent: false,
      openHref: "/obligations?status=NOT_STARTED%2CIN_PROGRESS&quarter=2027-Q1",
    });
    expect(timelineAxis([], {})).toEqual([]);
  });
});
