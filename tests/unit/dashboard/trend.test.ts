import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { deadlineView, splitViews } from "@/lib/dashboard/headline";
import { snapshotFigures, type SnapshotFigures } from "@/lib/dashboard/snapshot";
import { parseTrendRange, trendPoints } from "@/lib/dashboard/trend";

const TODAY = "2026-12-05";
const figures = (open: number): SnapshotFigures => ({
  systems: 10,
  byTier: { HIGH: 4 },
  highRisk: 4,
  dueNow: { done: 10, open },
  startingLater: { done: 0, open: 0 },
  overdue: open,
  openIncidents: 0,
});
const history = Array.from({ length: 400 }, (_, back) => ({ day: addDays(TODAY, -back), figures: figures(back) }));

describe("trend points", () => {
  it("show every day of 4 weeks and 3 months, oldest first, today last", () => {
    const weeks = trendPoints(history, "4w", TODAY);
    expect(weeks).toHaveLength(28);
    expect(weeks[0]?.day).toBe(addDays(TODAY, -27));
    expect(weeks.at(-1)).toMatchObject({ day: TODAY, dueNowPct: 100, laterPct: null, overdue: 0 });
    expect(trendPoints(history, "3m", TODAY)).toHaveLength(91);
  });

  it("show one point a week over 12 months, ending today", () => {
    const year = trendPoints(history, "12m", TODAY);
    expect(year.at(-1)?.day).toBe(TODAY);
    expect(year.length).toBeGreaterThanOrEqual(52);
    expect(year.length).toBeLessThanOrEqual(53);
    expect(year[year.length - 2]?.day).toBe(addDays(TODAY, -7));
  });

  it("fall back to 3 months for an unknown range", () => {
    expect(parseTrendRange("5y")).toBe("3m");
    expect(parseTrendRange("12m")).toBe("12m");
  });
});

describe("snapshot figures", () => {
  it("are the dashboard's own split, with high-risk read from the tiers", () => {
    const f = snapshotFigures({
      today: TODAY,
      systems: {
        total: 3,
        byTier: [
          { tier: "HIGH", count: 2 },
          { tier: null, count: 1 },
        ],
      },
      byDay: [
        { day: TODAY, obligations: 4, done: 1, systems: 1 },
        { day: "2027-12-02", obligations: 5, done: 2, systems: 2 },
      ],
      overdue: 1,
      openIncidents: 2,
    });
    expect(f).toEqual({
      systems: 3,
      byTier: { HIGH: 2, NONE: 1 },
      highRisk: 2,
      dueNow: { done: 1, open: 3 },
      startingLater: { done: 2, open: 3 },
      overdue: 1,
      openIncidents: 2,
    });
  });
});

describe("headline links", () => {
  const rows = [
    { day: "2026-08-02", obligations: 5, done: 1, systems: 2 },
    { day: "2027-12-02", obligations: 111, done: 16, systems: 8 },
  ];
  it("point the next deadline at exactly its day's duties, filters carried along", () => {
    expect(deadlineView(rows, TODAY, { unit: "Retail" })).toMatchObject({
      href: "/obligations?status=NOT_STARTED%2CIN_PROGRESS%2CDONE%2CNOT_APPLICABLE&unit=Retail&applies=2027-12-02",
      openHref: "/obligations?status=NOT_STARTED%2CIN_PROGRESS&unit=Retail&applies=2027-12-02",
    });
  });
  it("point due now and starting later at the list's now and later", () => {
    const [now, later] = splitViews(rows, TODAY, {});
    expect(now).toMatchObject({
      key: "now",
      applicable: 5,
      doneHref: "/obligations?status=DONE%2CNOT_APPLICABLE&applies=now",
    });
    expect(later).toMatchObject({
      key: "later",
      open: 95,
      openHref: "/obligations?status=NOT_STARTED%2CIN_PROGRESS&applies=later",
    });
  });
});
