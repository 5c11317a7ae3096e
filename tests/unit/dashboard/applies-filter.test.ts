import { describe, expect, it } from "vitest";
import { appliesRange, obligationsHref, parseObligationListParams } from "@/lib/validations/obligation-list";

// The obligations list's `applies` filter, which the dashboard's next deadline and readiness split link to.
describe("the obligations list's applies filter", () => {
  it("takes a day, now or later, and drops anything else", () => {
    expect(parseObligationListParams({ applies: "2027-12-02" }).applies).toBe("2027-12-02");
    expect(parseObligationListParams({ applies: "now" }).applies).toBe("now");
    expect(parseObligationListParams({ applies: "later" }).applies).toBe("later");
    expect(parseObligationListParams({ applies: "soon" }).applies).toBeUndefined();
    expect(parseObligationListParams({ applies: "2027-12-02'--" }).applies).toBeUndefined();
  });

  it("splits at today exactly as the dashboard does: today is due now, tomorrow is later", () => {
    const today = new Date("2026-08-02T00:00:00Z");
    expect(appliesRange("now", "2026-08-02")).toEqual({ lte: today });
    expect(appliesRange("later", "2026-08-02")).toEqual({ gt: today });
    expect(appliesRange("2027-12-02", "2026-08-02")).toEqual({ equals: new Date("2027-12-02T00:00:00Z") });
    // An impossible date matches nothing rather than failing the page.
    expect(appliesRange("2027-02-30", "2026-08-02")).toEqual({ equals: new Date(0) });
  });

  it("survives the list's own links (filter form, chips, paging)", () => {
    expect(obligationsHref({ applies: "now", page: 2 })).toBe("/obligations?applies=now&page=2");
  });
});
