import { describe, expect, it } from "vitest";
import { isoDay, todayIso } from "@/lib/dates";

describe("isoDay", () => {
  it("reads the UTC calendar day, not the local one", () => {
    expect(isoDay(new Date("2026-12-31T23:30:00-02:00"))).toBe("2027-01-01");
    expect(isoDay(new Date("2027-01-01T00:30:00+02:00"))).toBe("2026-12-31");
  });

  it("keeps a missing date missing", () => {
    expect(isoDay(null)).toBeNull();
    expect(isoDay(undefined)).toBeNull();
  });
});

describe("todayIso", () => {
  it("is the UTC day of the given moment, and of now by default", () => {
    expect(todayIso(new Date("2027-08-02T12:00:00Z"))).toBe("2027-08-02");
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
