import { describe, expect, it } from "vitest";
import type { DayRow } from "@/lib/dashboard/day-rows";
import { nextDeadline } from "@/lib/dashboard/next-deadline";
import { readinessSplit } from "@/lib/dashboard/readiness-split";

const row = (day: string, obligations: number, done: number, systems: number): DayRow => ({
  day,
  obligations,
  done,
  systems,
});

describe("next deadline", () => {
  const rows = [row("2025-02-02", 10, 6, 3), row("2027-12-02", 111, 16, 8), row("2026-08-02", 40, 5, 12)];

  it("is the first application date after today, whatever the input order", () => {
    expect(nextDeadline(rows, "2026-12-05")).toEqual({
      day: "2027-12-02",
      obligations: 111,
      done: 16,
      open: 95,
      systems: 8,
    });
    expect(nextDeadline(rows, "2026-01-01")?.day).toBe("2026-08-02");
  });

  it("treats a date that is today as already due, not as coming", () => {
    expect(nextDeadline(rows, "2026-08-02")?.day).toBe("2027-12-02");
    expect(nextDeadline(rows, "2026-08-01")?.day).toBe("2026-08-02");
  });

  it("adds up rows of the same day (ties) into one deadline", () => {
    const tied = [row("2027-12-02", 100, 10, 5), row("2027-12-02", 11, 6, 3), row("2028-08-02", 7, 0, 1)];
    expect(nextDeadline(tied, "2026-12-05")).toEqual({
      day: "2027-12-02",
      obligations: 111,
      done: 16,
      open: 95,
      systems: 8,
    });
  });

  it("is null when nothing starts later, or there are no duties at all", () => {
    expect(nextDeadline(rows, "2027-12-02")).toBeNull();
    expect(nextDeadline([], "2026-12-05")).toBeNull();
    expect(nextDeadline([row("2028-01-01", 0, 0, 0)], "2026-12-05")).toBeNull();
  });
});

describe("readiness split", () => {
  const rows = [row("2026-08-01", 10, 4, 2), row("2026-08-02", 20, 5, 3), row("2026-08-03", 30, 6, 4)];

  it("counts a duty applying today as due now and one applying tomorrow as starting later", () => {
    expect(readinessSplit(rows, "2026-08-02")).toEqual({
      dueNow: { applicable: 30, done: 9, open: 21 },
      startingLater: { applicable: 30, done: 6, open: 24 },
    });
    expect(readinessSplit(rows, "2026-08-01")).toEqual({
      dueNow: { applicable: 10, done: 4, open: 6 },
      startingLater: { applicable: 50, done: 11, open: 39 },
    });
  });

  it("keeps every duty in exactly one of the two figures", () => {
    for (const today of ["2020-01-01", "2026-08-02", "2030-01-01"]) {
      const { dueNow, startingLater } = readinessSplit(rows, today);
      expect(dueNow.applicable + startingLater.applicable).toBe(60);
      expect(dueNow.done + startingLater.done).toBe(15);
    }
    expect(readinessSplit([], "2026-08-02")).toEqual({
      dueNow: { applicable: 0, done: 0, open: 0 },
      startingLater: { applicable: 0, done: 0, open: 0 },
    });
  });
});
