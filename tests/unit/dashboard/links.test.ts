import { describe, expect, it } from "vitest";
import { DONE_STATUSES, OPEN_STATUSES, dashboardHref, obligationsHref, systemsHref } from "@/lib/dashboard/links";
import { quarterLabel, quarterOf } from "@/lib/dashboard/quarters";
import { parseDashboardParams } from "@/lib/validations/dashboard";

const params = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("drill-down links", () => {
  it("carry the dashboard's filters into the inventory, with the figure's own selection", () => {
    const href = systemsHref({ unit: "Retail & SME", owner: "u1", role: "deployer" }, { tier: ["HIGH"] });
    expect(href.startsWith("/systems?")).toBe(true);
    expect(params(href)).toEqual({ tier: "HIGH", role: "deployer", unit: "Retail & SME", owner: "u1" });
  });

  it("let a figure's own unit or role win over the filter of the same name", () => {
    expect(params(systemsHref({ unit: "A", role: "provider" }, { unit: "B", role: "importer" }))).toEqual({
      unit: "B",
      role: "importer",
    });
  });

  it("join lists with commas and leave out what is empty", () => {
    expect(systemsHref({}, { tier: ["PROHIBITED"], lifecycle: ["PILOT", "IN_PRODUCTION"] })).toBe(
      "/systems?tier=PROHIBITED&lifecycle=PILOT%2CIN_PRODUCTION",
    );
    expect(systemsHref({})).toBe("/systems");
    expect(dashboardHref({})).toBe("/dashboard");
  });

  it("always name the obligation statuses, and carry unit, owner and role", () => {
    expect(
      params(
        obligationsHref(
          { owner: "none", unit: "Insurance", role: "provider" },
          { status: OPEN_STATUSES, due: "overdue" },
        ),
      ),
    ).toEqual({
      status: "NOT_STARTED,IN_PROGRESS",
      due: "overdue",
      unit: "Insurance",
      owner: "none",
      role: "provider",
    });
    expect(params(obligationsHref({}, { status: DONE_STATUSES, quarter: "2027-Q4", tier: ["HIGH"] }))).toEqual({
      status: "DONE,NOT_APPLICABLE",
      quarter: "2027-Q4",
      tier: "HIGH",
    });
  });
});

describe("quarters", () => {
  it.each([
    ["2027-12-02", "2027-Q4"],
    ["2027-01-01", "2027-Q1"],
    ["2026-03-31", "2026-Q1"],
    ["2026-04-01", "2026-Q2"],
    ["2030-08-02", "2030-Q3"],
  ])("%s falls in %s", (date, quarter) => expect(quarterOf(date)).toBe(quarter));

  it("uses UTC, like the database's DATE columns", () => {
    expect(quarterOf(new Date("2027-03-31T23:30:00Z"))).toBe("2027-Q1");
    expect(quarterLabel("2027-Q4")).toBe("Q4 2027");
  });
});

describe("dashboard URL parameters", () => {
  it("keep valid filters", () => {
    expect(parseDashboardParams({ unit: " Retail ", owner: "cku1", role: "deployer" })).toEqual({
      unit: "Retail",
      owner: "cku1",
      role: "deployer",
    });
  });

  it("drop bad values instead of failing", () => {
    expect(parseDashboardParams({ unit: "", owner: "x'; DROP", role: "boss" })).toEqual({});
    expect(parseDashboardParams({ unit: ["Insurance", "Retail"], owner: "none" })).toEqual({
      unit: "Insurance",
      owner: "none",
    });
  });
});
