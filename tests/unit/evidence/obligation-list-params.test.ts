import { describe, expect, it } from "vitest";
import { obligationsHref, parseObligationListParams, quarterRange } from "@/lib/validations/obligation-list";

describe("the /obligations URL contract", () => {
  it("defaults to open work sorted by due date, and ignores bad values", () => {
    expect(parseObligationListParams({})).toEqual({ status: ["NOT_STARTED", "IN_PROGRESS"], page: 1, sort: "dueDate" });
    expect(
      parseObligationListParams({
        status: "nope",
        due: "soon",
        tier: "X",
        quarter: "2027Q4",
        page: "-1",
        sort: "title",
      }),
    ).toEqual({ status: ["NOT_STARTED", "IN_PROGRESS"], page: 1, sort: "dueDate" });
  });

  it("round-trips every filter through obligationsHref", () => {
    const filters = {
      status: ["DONE" as const, "NOT_APPLICABLE" as const],
      owner: "none",
      due: "90d" as const,
      article: "Art 9",
      system: "sys1",
      unit: "Retail & SME",
      tier: ["HIGH" as const],
      quarter: "2027-Q4",
      page: 3,
      sort: "-appliesFrom" as const,
    };
    const href = obligationsHref(filters);
    expect(href).toBe(
      "/obligations?status=DONE%2CNOT_APPLICABLE&owner=none&due=90d&article=Art+9&system=sys1&unit=Retail+%26+SME&tier=HIGH&quarter=2027-Q4&sort=-appliesFrom&page=3",
    );
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseObligationListParams(params)).toEqual(filters);
  });

  it("'My work' means mine and open", () => {
    expect(obligationsHref({ view: "mine" })).toBe("/obligations?view=mine");
    expect(parseObligationListParams({ view: "mine", owner: "none", status: "DONE" })).toMatchObject({
      view: "mine",
      owner: "me",
      status: ["NOT_STARTED", "IN_PROGRESS"],
    });
  });

  it("quarters cover three calendar months in UTC", () => {
    expect(quarterRange("2027-Q4")).toEqual({
      gte: new Date("2027-10-01T00:00:00Z"),
      lt: new Date("2028-01-01T00:00:00Z"),
    });
    expect(quarterRange("2026-Q1")).toEqual({
      gte: new Date("2026-01-01T00:00:00Z"),
      lt: new Date("2026-04-01T00:00:00Z"),
    });
  });
});
