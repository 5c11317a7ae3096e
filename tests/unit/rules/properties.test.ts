import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIERS, ZSystemProfile, applicableQuestions, classify, type TSystemProfile } from "@/lib/rules";
import { anyAsOf, anyProfile } from "./arbitraries";
import { BASE } from "./helpers";

const RUNS = { numRuns: 400 };
const PROHIBITED_PRACTICES: TSystemProfile[] = [
  { manipulativeTechniques: true, manipulationEffect: "significant_harm_likely" },
  { socialScoring: true, socialScoreConsequence: ["disproportionate_treatment"] },
  { crimeRiskAssessment: "solely_profiling_or_traits" },
  { untargetedFaceScraping: true },
  { emotionInference: "biometric_emotions", emotionSettings: ["workplace"], emotionMedicalOrSafety: false },
  { csamCapability: "intended_purpose", csamLawfulDefence: false },
];
// Sparse profiles explore the gaps; profiles layered on the complete baseline explore the decisions.
const profiles = fc.oneof(
  anyProfile,
  anyProfile.map((p) => ({ ...BASE, ...p })),
);

describe("engine properties", () => {
  it("every generated profile is schema-valid and classifies without throwing", () => {
    fc.assert(
      fc.property(profiles, anyAsOf, (p, asOf) => {
        expect(ZSystemProfile.safeParse(p).success).toBe(true);
        classify(p, { asOf });
      }),
      RUNS,
    );
  });

  it("same input, same output (and the input is not mutated)", () => {
    fc.assert(
      fc.property(profiles, anyAsOf, (p, asOf) => {
        const copy = structuredClone(p);
        const first = classify(p, { asOf });
        expect(p).toEqual(copy);
        expect(classify(copy, { asOf })).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      RUNS,
    );
  });

  it("every finding, obligation and open question carries a citation", () => {
    fc.assert(
      fc.property(profiles, anyAsOf, (p, asOf) => {
        const r = classify(p, { asOf });
        for (const f of r.findings) expect(f.citation.trim().length * f.reason.trim().length).toBeGreaterThan(0);
        for (const o of r.obligations) expect(o.article.trim().length * o.summary.trim().length).toBeGreaterThan(0);
        for (const q of r.openQuestions) expect(q.citation.trim().length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("adding a prohibited practice never lowers the tier", () => {
    fc.assert(
      fc.property(profiles, anyAsOf, fc.constantFrom(...PROHIBITED_PRACTICES), (p, asOf, practice) => {
        const before = classify(p, { asOf }).tier;
        const after = classify({ ...p, ...practice }, { asOf }).tier;
        expect(TIERS.indexOf(after)).toBeGreaterThanOrEqual(TIERS.indexOf(before));
      }),
      RUNS,
    );
  });

  it("an out-of-scope result carries no obligations, roles or facets", () => {
    fc.assert(
      fc.property(profiles, anyAsOf, (p, asOf) => {
        const r = classify(p, { asOf });
        if (r.tier !== "out_of_scope") return;
        expect(r.inScope).toBe(false);
        expect(r.obligations).toEqual([]);
        expect(r.roles).toEqual([]);
        expect(r.facets.highRisk).toBeNull();
      }),
      RUNS,
    );
  });

  it("the engine only asks questions the questionnaire shows", () => {
    fc.assert(
      fc.property(profiles, anyAsOf, (p, asOf) => {
        const shown = new Set(applicableQuestions(p).map((q) => q.id));
        for (const q of classify(p, { asOf }).openQuestions) {
          if (q.questionId) expect(shown.has(q.questionId as never), q.questionId).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("disposition, dates and obligation keys are consistent", () => {
    fc.assert(
      fc.property(profiles, anyAsOf, (p, asOf) => {
        const r = classify(p, { asOf });
        const deciding = r.openQuestions.some((q) => q.decides !== undefined);
        const contradicted = r.contradictions.length > 0;
        if (r.tier !== "out_of_scope")
          expect(r.disposition === "undetermined").toBe(deciding || r.inScope === null || contradicted);
        if (contradicted) expect(r.disposition).toBe("undetermined");
        if (r.disposition === "requires_review") expect(r.findings.some((f) => f.outcome === "review")).toBe(true);
        expect(TIERS.indexOf(r.possibleTier)).toBeGreaterThanOrEqual(TIERS.indexOf(r.tier));
        if (r.disposition !== "undetermined") expect(r.possibleTier).toBe(r.tier);
        for (const o of r.obligations) {
          expect(o.appliesNow).toBe(o.appliesFrom <= asOf);
          expect(r.roles).toContain(o.role);
        }
        const keys = r.obligations.map((o) => `${o.code}|${o.role}`);
        expect(new Set(keys).size).toBe(keys.length);
        if (r.tier === "prohibited") expect(r.facets.prohibitedPractices.length).toBeGreaterThan(0);
        if (r.tier === "high") expect(r.facets.highRisk).not.toBeNull();
        if (r.facets.friaRequired) expect(r.roles).toContain("deployer");
      }),
      RUNS,
    );
  });
});
