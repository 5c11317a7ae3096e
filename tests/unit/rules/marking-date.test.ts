import { describe, expect, it } from "vitest";
import type { TSystemProfile } from "@/lib/rules";
import { one } from "../../helpers/expect-defined";
import { BASE, MODEL, questionIds, run } from "./helpers";

// Issue #15 item 6, point 2. Art 111(4) (fact sheet §5 and §9.2): providers of generative SYSTEMS placed on the market
// before 2 Aug 2026 must meet Art 50(2) by 2 Dec 2026. The grace follows the system's own placing on the market. For
// a provider of a model and a system built on it, "first placed" is the model's date (Art 111(3) still uses it); the
// system's own date is asked separately.
const AS_OF = "2026-11-01";
const MODEL_AND_SYSTEM: TSystemProfile = {
  ...BASE,
  ...MODEL,
  artefactType: "model_and_system",
  syntheticContent: ["image"],
  syntheticContentExemption: "none",
  alreadyOnMarket: true,
  placedOnMarketDate: "2025-06-01",
  significantDesignChange: false,
  annexXLargeScaleSystem: false,
};
const marking = (p: TSystemProfile, asOf = AS_OF) =>
  run(p, asOf, MODEL_AND_SYSTEM).obligations.find((o) => o.code === "art50.content_marking")!;

describe("Art 50(2) marking: the Art 111(4) grace follows the system's own placing on the market", () => {
  it("a system first placed on 15 Sep 2026, on a model placed in June 2025, must mark from 2 Aug 2026, not 2 Dec 2026", () => {
    const r = run({ systemAlreadyOnMarket: true, systemPlacedOnMarketDate: "2026-09-15" }, AS_OF, MODEL_AND_SYSTEM);
    expect(r.facets.art50).toEqual([
      { paragraph: "50(2)", role: "provider", appliesFrom: "2026-08-02", appliesNow: true },
    ]);
    expect(marking({ systemAlreadyOnMarket: true, systemPlacedOnMarketDate: "2026-09-15" })).toMatchObject({
      appliesFrom: "2026-08-02",
      appliesNow: true,
    });
    expect(r.findings.find((f) => f.code === "transparency.art50p2")!.citation).toBe("Art 50(2)");
    // The model's own transitional date (Art 111(3)) still follows the model's first placing.
    expect(r.obligations.find((o) => o.code === "gpai.copyright_policy")!.appliesFrom).toBe("2027-08-02");
  });

  it("a system itself placed before 2 Aug 2026 keeps the grace to 2 Dec 2026 (Art 111(4))", () => {
    const o = marking({ systemAlreadyOnMarket: true, systemPlacedOnMarketDate: "2026-05-01" });
    expect(o).toMatchObject({ appliesFrom: "2026-12-02", appliesNow: false });
  });

  it("a system not yet placed, on a model already on the market, gets no grace", () => {
    expect(marking({ systemAlreadyOnMarket: false }).appliesFrom).toBe("2026-08-02");
  });

  it("an unanswered system date is asked for and grants no grace meanwhile", () => {
    const r = run({}, AS_OF, MODEL_AND_SYSTEM);
    expect(questionIds(r)).toContain("systemAlreadyOnMarket");
    expect(marking({}).appliesFrom).toBe("2026-08-02");
    expect(questionIds(run({ systemAlreadyOnMarket: true }, AS_OF, MODEL_AND_SYSTEM))).toContain(
      "systemPlacedOnMarketDate",
    );
  });

  it("for an AI system alone, its one market date is its own and nothing more is asked", () => {
    const r = run(
      {
        syntheticContent: ["text"],
        syntheticContentExemption: "none",
        alreadyOnMarket: true,
        placedOnMarketDate: "2026-09-15",
        significantDesignChange: false,
        annexXLargeScaleSystem: false,
        builtOnThirdPartyGpai: true,
      },
      AS_OF,
    );
    expect(one(r.facets.art50, 0, "Art 50 facet").appliesFrom).toBe("2026-08-02");
    expect(questionIds(r)).not.toContain("systemAlreadyOnMarket");
  });

  it("the system's own date also decides Art 111(2): a high-risk system placed after 2 Dec 2027 is no legacy system because its model is older", () => {
    const hr: TSystemProfile = {
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection"],
      derogationConditions: [],
      systemAlreadyOnMarket: true,
      systemPlacedOnMarketDate: "2028-01-10",
    };
    const r = run(hr, "2028-09-01", MODEL_AND_SYSTEM);
    expect(r.facets.highRisk?.legacy).toBe(false);
    expect(r.obligations.map((o) => o.code)).toContain("hr.risk_management");
    expect(
      run({ ...hr, systemPlacedOnMarketDate: "2027-01-10" }, "2028-09-01", MODEL_AND_SYSTEM).facets.highRisk?.legacy,
    ).toBe(true);
  });
});
