import { describe, expect, it } from "vitest";
import { ZIncidentListQuery, ZOptionalInstant } from "@/lib/validations/incidents";
import { isBreach } from "@/lib/validations/monitoring";

describe("ZOptionalInstant", () => {
  it("reads the form's datetime-local value as UTC and API values with their offset", () => {
    expect(ZOptionalInstant.parse("2026-11-20T09:00")?.toISOString()).toBe("2026-11-20T09:00:00.000Z");
    expect(ZOptionalInstant.parse("2026-11-20T09:00:00+01:00")?.toISOString()).toBe("2026-11-20T08:00:00.000Z");
    expect(ZOptionalInstant.parse("")).toBeNull();
    expect(ZOptionalInstant.parse(null)).toBeNull();
    expect(ZOptionalInstant.safeParse("20/11/2026").error?.issues[0]?.message).toMatch(/^Enter a date and time like/);
    expect(ZOptionalInstant.safeParse("2026-11-20").success).toBe(false);
  });

  it("refuses a day the calendar lacks instead of rolling it over into the next month", () => {
    for (const text of ["2026-02-30T10:00", "2026-02-29T10:00:00Z", "2026-04-31T08:00:00+02:00", "2026-01-01T24:00"])
      expect(ZOptionalInstant.safeParse(text).error?.issues[0]?.message, text).toMatch(/^Enter a date and time like/);
    expect(ZOptionalInstant.parse("2024-02-29T10:00")?.toISOString()).toBe("2024-02-29T10:00:00.000Z");
    expect(ZOptionalInstant.parse("   ")).toBeNull();
  });
});

describe("isBreach", () => {
  it("is a breach only on the wrong side of a set threshold; equal is within", () => {
    expect(isBreach({ value: 0.21, threshold: 0.2, direction: "max" })).toBe(true);
    expect(isBreach({ value: 0.2, threshold: 0.2, direction: "max" })).toBe(false);
    expect(isBreach({ value: 0.89, threshold: 0.9, direction: "min" })).toBe(true);
    expect(isBreach({ value: 0.9, threshold: 0.9, direction: "min" })).toBe(false);
    expect(isBreach({ value: 100, threshold: null, direction: "max" })).toBe(false);
  });
});

describe("ZIncidentListQuery", () => {
  it("treats empty filters as none and bounds the page size", () => {
    expect(ZIncidentListQuery.parse({ status: "", clock: "", systemId: "" })).toEqual({ page: 1, pageSize: 50 });
    expect(ZIncidentListQuery.safeParse({ pageSize: "1000" }).success).toBe(false);
  });
});
