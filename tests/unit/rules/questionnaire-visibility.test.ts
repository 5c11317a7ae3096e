import { describe, expect, it } from "vitest";
import { applicableQuestions, type TSystemProfile } from "@/lib/rules";
import { BASE, questionIds, run } from "./helpers";

const shown = (p: TSystemProfile) => applicableQuestions(p).map((q) => q.id);
const ANNEX1_FOLLOW_UPS = ["annex1Function", "failureEndangersHealthSafety", "thirdPartyAssessment"];
// A high-risk system already on the market, unchanged: the case where the Annex X date matters.
const ON_MARKET: TSystemProfile = {
  alreadyOnMarket: true,
  placedOnMarketDate: "2026-01-01",
  significantDesignChange: false,
};

// Questions that cannot apply stay hidden (issue 15 item 7), and the engine never asks them either.
describe("questions that cannot apply stay hidden", () => {
  it("Annex I follow-ups wait until a product law is chosen", () => {
    const { annex1Legislation: _unanswered, ...open } = BASE;
    expect(shown(open)).not.toEqual(expect.arrayContaining(["annex1Function"]));
    expect(shown(open)).not.toContain("thirdPartyAssessment");
    expect(shown({ ...BASE, annex1Legislation: ["none"] })).not.toContain("thirdPartyAssessment");
    expect(shown({ ...BASE, annex1Legislation: ["machinery"] })).toEqual(
      expect.arrayContaining(["annex1Function", "thirdPartyAssessment"]),
    );
  });

  it("a stale 'non-safety' answer does not bring back the failure question once the law is 'none'", () => {
    const ids = shown({ ...BASE, annex1Legislation: ["none"], annex1Function: "non_safety_only" });
    for (const id of ANNEX1_FOLLOW_UPS) expect(ids).not.toContain(id);
  });

  it("Annex X is not asked of an unchanged legacy recruitment system, and its duties wait for a change", () => {
    const p: TSystemProfile = {
      ...BASE,
      ...ON_MARKET,
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection"],
    };
    expect(shown(p)).not.toContain("annexXLargeScaleSystem");
    const r = run(p);
    expect(questionIds(r)).not.toContain("annexXLargeScaleSystem");
    expect(r.facets.highRisk?.legacy).toBe(true);
  });

  it("a stored Annex X answer outside those contexts is ignored, not applied", () => {
    const p: TSystemProfile = {
      ...BASE,
      ...ON_MARKET,
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection"],
      annexXLargeScaleSystem: true,
    };
    expect(run(p).facets.highRisk?.legacy).toBe(true);
  });

  it.each([
    [
      "a migration system",
      { annex3Areas: ["migration"], migrationUses: ["risk_assessment"], intendedUsers: ["migration_authority"] },
    ],
    [
      "a law-enforcement system (SIS)",
      {
        annex3Areas: ["law_enforcement"],
        lawEnforcementUses: ["evidence_reliability"],
        intendedUsers: ["law_enforcement"],
      },
    ],
    [
      "a system for judicial authorities (ECRIS-TCN)",
      {
        annex3Areas: ["justice_democracy"],
        justiceUses: ["judicial_decision_support"],
        intendedUsers: ["judicial_authority"],
      },
    ],
  ] as [string, TSystemProfile][])("Annex X is asked of %s and decides its date", (_name, use) => {
    const p: TSystemProfile = { ...BASE, ...ON_MARKET, ...use };
    expect(shown(p)).toContain("annexXLargeScaleSystem");
    expect(questionIds(run(p))).toContain("annexXLargeScaleSystem");
    expect(run({ ...p, annexXLargeScaleSystem: true }).facets.highRisk?.appliesFrom).toBe("2030-12-31");
  });
});
