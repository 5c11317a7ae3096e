import { describe, expect, it } from "vitest";
import { classify, type ClassificationResult, type TSystemProfile } from "@/lib/rules";
import { one } from "../../helpers/expect-defined";
import { BASE, DEPLOYER, MODEL, run } from "./helpers";

const TODAY = "2026-12-04";
const deciding = (r: ClassificationResult) =>
  r.openQuestions.filter((q) => q.decides !== undefined).map((q) => q.questionId);
const without = (p: TSystemProfile, ...fields: (keyof TSystemProfile)[]) =>
  Object.fromEntries(Object.entries(p).filter(([k]) => !fields.includes(k as keyof TSystemProfile))) as TSystemProfile;
const RECRUITMENT: TSystemProfile = {
  ...BASE,
  annex3Areas: ["employment"],
  employmentUses: ["recruitment_selection"],
  performsProfiling: true,
};

// Issue 15 item 1: never lower than the open questions allow.
describe("a result is never lower than its open questions allow", () => {
  it("with nothing answered it is not determined, and anything up to prohibited is still possible", () => {
    const r = classify({}, { asOf: TODAY });
    expect(r.disposition).toBe("undetermined");
    expect(r.possibleTier).toBe("prohibited");
    expect(r.inScope).toBeNull();
  });

  it("a CV-ranking tool before the Annex III step is not 'minimal' but 'high-risk unless'", () => {
    const r = classify(without(BASE, "annex3Areas"), { asOf: TODAY });
    expect(r.tier).toBe("minimal");
    expect(r.possibleTier).toBe("high");
    expect(r.disposition).toBe("undetermined");
    expect(deciding(r)).toContain("annex3Areas");
  });

  it.each([
    ["the Annex I product law", without(BASE, "annex1Legislation"), "annex1Legislation"],
    ["the Annex I safety function", { ...BASE, annex1Legislation: ["medical_devices"] }, "annex1Function"],
    [
      "the critical-infrastructure sector",
      { ...BASE, annex3Areas: ["critical_infrastructure"], criticalInfrastructureFunction: "safety_component" },
      "criticalInfrastructureSector",
    ],
    ["the employment use", { ...BASE, annex3Areas: ["employment"] }, "employmentUses"],
  ] as [string, TSystemProfile, string][])("%s left open keeps high-risk possible", (_name, profile, questionId) => {
    const r = classify(profile, { asOf: TODAY });
    expect(r.disposition).toBe("undetermined");
    expect(r.possibleTier).toBe("high");
    expect(deciding(r)).toContain(questionId);
  });

  it("an open Art 5 question keeps prohibited possible", () => {
    const r = classify(without(BASE, "socialScoring"), { asOf: TODAY });
    expect(r.possibleTier).toBe("prohibited");
    expect(deciding(r)).toEqual(["socialScoring"]);
  });

  it("an open Art 50 question keeps limited possible for a minimal system, but not for a high-risk one", () => {
    const minimal = classify(without(BASE, "interactsWithPersons"), { asOf: TODAY });
    expect(minimal.possibleTier).toBe("limited");
    expect(minimal.disposition).toBe("undetermined");
    const high = classify(without(RECRUITMENT, "interactsWithPersons"), { asOf: TODAY });
    expect(high.tier).toBe("high");
    expect(high.disposition).toBe("final");
    expect(high.openQuestions.map((q) => q.questionId)).toContain("interactsWithPersons");
  });

  it("a high-risk point read from blank users stays 'high-risk unless' the users are known", () => {
    const r = classify(
      {
        ...without(BASE, "intendedUsers"),
        annex3Areas: ["law_enforcement"],
        lawEnforcementUses: ["evidence_reliability"],
      },
      { asOf: TODAY },
    );
    expect(r.tier).toBe("high");
    expect(r.possibleTier).toBe("high");
    expect(r.disposition).toBe("undetermined");
    expect(deciding(r)).toContain("intendedUsers");
  });

  it("a blank Art 6(3) answer leaves an Annex III system 'high-risk unless'", () => {
    const r = classify(without(RECRUITMENT, "derogationConditions", "performsProfiling"), { asOf: TODAY });
    expect(r.tier).toBe("high");
    expect(r.disposition).toBe("undetermined");
    expect(deciding(r)).toContain("derogationConditions");
  });

  it.each([
    ["Art 2(6) scientific research", "solelyScientificResearch"],
    ["Art 2(8) pre-market research", "preMarketResearchOnly"],
    ["Art 2(3) military use", "militaryUse"],
  ] as [string, keyof TSystemProfile][])("scope stays undetermined while %s is open", (_name, field) => {
    const r = classify(without(BASE, field), { asOf: TODAY });
    expect(r.inScope).toBeNull();
    expect(r.disposition).toBe("undetermined");
    expect(r.openQuestions.find((q) => q.questionId === field)?.decides).toBe("scope");
  });

  it("a GPAI model with unknown training compute has systemic risk undetermined, not false", () => {
    const r = classify(without(MODEL, "trainingComputeFlop"), { asOf: TODAY });
    expect(r.tier).toBe("gpai");
    expect(r.facets.gpai?.systemicRisk).toBeNull();
    expect(r.possibleTier).toBe("gpai_systemic");
    expect(r.disposition).toBe("undetermined");
    expect(deciding(r)).toContain("trainingComputeFlop");
  });

  it("a GPAI model with unknown capabilities does not get the open-source relief yet", () => {
    const r = classify(
      { ...without(MODEL, "highImpactCapabilities"), modelOpenSource: true, modelMonetised: false },
      { asOf: TODAY },
    );
    expect(r.facets.gpai?.systemicRisk).toBeNull();
    expect(r.facets.gpai?.openSourceExemption).toBe(false);
  });

  it("a modifier with an unknown original model has systemic risk undetermined", () => {
    const r = classify(
      {
        ...MODEL,
        modelOrigin: "modified_third_party",
        modificationComputeFlop: 1e24,
        originalComputeKnown: true,
        originalModelComputeFlop: 1e24,
      },
      { asOf: TODAY },
    );
    expect(r.facets.gpai?.systemicRisk).toBeNull();
    expect(deciding(r)).toContain("originalModelSystemic");
  });
});

// Issue 15 item 2.
describe("'not sure' is an answer the engine hears", () => {
  it("a deciding question answered 'not sure' is open, marked, and keeps the result undetermined", () => {
    const r = classify({ ...without(BASE, "annex3Areas"), notSure: ["annex3Areas"] }, { asOf: TODAY });
    const open = r.openQuestions.find((q) => q.questionId === "annex3Areas");
    expect(open).toMatchObject({ notSure: true, decides: "high" });
    expect(r.disposition).toBe("undetermined");
    expect(r.possibleTier).toBe("high");
  });

  it("an answer given wins over a stale 'not sure' mark", () => {
    const r = classify({ ...BASE, notSure: ["annex3Areas"] }, { asOf: TODAY });
    expect(r.disposition).toBe("final");
    expect(r.openQuestions).toEqual([]);
  });
});

// Issue 15 item 3.
describe("review flags mean a lawyer is needed; dates are notes", () => {
  it("a complete, uncontested Annex III answer set at today's date is final, with the timing dispute as a note", () => {
    const r = classify(
      {
        ...RECRUITMENT,
        activities: ["develops", "markets_under_own_name", "uses"],
        personalNonProfessionalUse: false,
        deployerEntityType: "private_other",
      },
      { asOf: TODAY },
    );
    expect(r.tier).toBe("high");
    expect(r.disposition).toBe("final");
    expect(r.openQuestions).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(["dates.contested.art86Art49Timing"]);
    const registration = r.obligations.find((o) => o.code === "hr.registration");
    expect(registration?.notes?.[0]?.citation).toContain("Art 49");
    expect(r.obligations.find((o) => o.code === "hr.risk_management")?.notes).toBeUndefined();
  });

  it("the first reading of the same law still flagged it, so stored runs under it are re-screened", () => {
    const r = classify(RECRUITMENT, { asOf: TODAY, ruleSetVersion: "2026-07-omnibus" });
    expect(r.disposition).toBe("requires_review");
    expect(r.notes).toEqual([]);
  });

  it("a blank market date no longer flags an Annex III system", () => {
    const r = classify({ ...RECRUITMENT, alreadyOnMarket: true }, { asOf: TODAY });
    expect(r.disposition).toBe("final");
  });

  it("an Art 6(3) claim not yet documented needs review, but its tier is settled by the facts", () => {
    const r = classify(
      { ...RECRUITMENT, derogationConditions: ["preparatory_task"], performsProfiling: false },
      { asOf: TODAY },
    );
    expect(r.tier).toBe("minimal");
    expect(r.disposition).toBe("requires_review");
    expect(r.openQuestions.find((q) => q.questionId === "derogationStatus")?.decides).toBeUndefined();
  });

  it("a disputed reading that changes the tier still requires review", () => {
    const r = run({ emotionInference: "biometric_emotions", emotionSettings: ["recruitment"] }, TODAY, DEPLOYER);
    expect(r.disposition).toBe("requires_review");
  });
});

// Issue 15 item 4, second half.
describe("answers that remove obligations say which and why", () => {
  it("an Art 111(2) legacy answer lists the high-risk duties it removes", () => {
    const r = classify(
      { ...RECRUITMENT, alreadyOnMarket: true, placedOnMarketDate: "2026-01-10", significantDesignChange: false },
      { asOf: TODAY },
    );
    expect(r.facets.highRisk?.legacy).toBe(true);
    const legacy = r.removals.find((x) => x.code === "removal.legacy");
    expect(legacy?.citation).toBe("Art 111(2)");
    expect(legacy?.removed.map((o) => o.code)).toEqual(
      expect.arrayContaining(["hr.risk_management", "hr.registration"]),
    );
    expect(r.obligations.map((o) => o.code)).not.toContain("hr.risk_management");
  });

  it("an Art 6(3) derogation lists the duties it removes", () => {
    const r = classify(
      {
        ...RECRUITMENT,
        derogationConditions: ["preparatory_task"],
        performsProfiling: false,
        derogationStatus: "documented_and_reviewed",
      },
      { asOf: TODAY },
    );
    expect(r.removals.map((x) => x.code)).toEqual(["removal.derogation"]);
    expect(one(r.removals, 0, "removal").removed.length).toBeGreaterThan(5);
  });

  it.each([
    ["removal.open_source", { freeOpenSourceLicence: true }],
    ["removal.military", { militaryUse: "exclusively" }],
    ["removal.scientific_research", { solelyScientificResearch: true }],
    ["removal.pre_market_research", { preMarketResearchOnly: true, realWorldTesting: false }],
  ] as [string, TSystemProfile][])("%s names what the exclusion takes away", (code, answers) => {
    const r = classify({ ...BASE, ...answers }, { asOf: TODAY });
    expect(r.tier).toBe("out_of_scope");
    expect(r.removals.find((x) => x.code === code)?.removed.map((o) => o.code)).toContain("general.ai_literacy");
  });

  it("personal use names the deployer duties it takes away", () => {
    const r = classify({ ...DEPLOYER, personalNonProfessionalUse: true }, { asOf: TODAY });
    expect(r.removals.map((x) => x.code)).toEqual(["removal.personal_use"]);
  });

  it("nothing is listed when no answer removes anything", () => {
    expect(classify(RECRUITMENT, { asOf: TODAY }).removals).toEqual([]);
  });
});

// Issue 15 item 4, first half: a contradiction is named and holds the result open.
describe("contradicting answers", () => {
  it("are named with both questions, and the result is not determined until they are resolved", () => {
    const r = classify(
      { ...BASE, preMarketResearchOnly: true, realWorldTesting: false, alreadyOnMarket: true },
      { asOf: TODAY },
    );
    expect(r.contradictions.length).toBeGreaterThan(0);
    expect(one(r.contradictions, 0, "contradiction").questionIds).toEqual(
      expect.arrayContaining(["preMarketResearchOnly", "alreadyOnMarket"]),
    );
    expect(r.disposition).toBe("undetermined");
  });
});
