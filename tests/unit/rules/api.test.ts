import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CURRENT_RULE_SET_ID,
  QUESTIONNAIRE,
  ROLES,
  ROLE_LABELS,
  TIERS,
  TIER_LABELS,
  ZSystemProfile,
  applicableQuestions,
  classify,
  diffResults,
  evaluateCondition,
  listRuleSets,
  missingAnswers,
  type ClassificationResult,
  type TSystemProfile,
} from "@/lib/rules";
import { toIsoDay } from "@/lib/rules/as-of";
import { RULE_SET_2026_07_OMNIBUS } from "@/lib/rules/data/2026-07-omnibus";
import { pickRuleSet } from "@/lib/rules/registry";
import { one } from "../../helpers/expect-defined";
import { BASE, MODEL, run } from "./helpers";

const questions = QUESTIONNAIRE.flatMap((g) => g.questions);

describe("questionnaire and schema stay in step", () => {
  const shape = ZSystemProfile.shape;
  it("every profile field has exactly one question and vice versa", () => {
    expect(questions.map((q) => q.id).sort()).toEqual(
      Object.keys(shape)
        .filter((k) => k !== "notSure")
        .sort(),
    );
  });
  it.each(questions.map((q) => [q.id, q] as const))("%s: type and options match the schema", (_id, q) => {
    const json = z.toJSONSchema(shape[q.id]) as {
      type?: string;
      enum?: string[];
      items?: { enum?: string[] };
      format?: string;
    };
    const expected = { boolean: "boolean", number: "number", date: "string", single: "string", multi: "array" }[q.type];
    expect(json.type).toBe(expected);
    const values = q.options?.map((o) => o.value);
    if (q.type === "single") expect(values).toEqual(json.enum);
    if (q.type === "multi") expect(values).toEqual(json.items?.enum);
    if (q.type === "boolean" || q.type === "number" || q.type === "date") expect(values).toBeUndefined();
    expect(q.citation.length).toBeGreaterThan(0);
    expect(q.options?.every((o) => o.label.length > 0) ?? true).toBe(true);
  });
});

describe("applicableQuestions and missingAnswers", () => {
  it("an empty profile asks the unconditional questions first", () => {
    const ids = applicableQuestions({}).map((q) => q.id);
    expect(ids[0]).toBe("artefactType");
    expect(ids).not.toContain("manipulationEffect");
    expect(ids).not.toContain("modelGenerality");
  });
  it("follow-ups appear once their trigger is answered", () => {
    expect(applicableQuestions({ manipulativeTechniques: true }).map((q) => q.id)).toContain("manipulationEffect");
    expect(applicableQuestions({ artefactType: "ai_model" }).map((q) => q.id)).toContain("modelGenerality");
    expect(applicableQuestions({ artefactType: "ai_model" }).map((q) => q.id)).not.toContain("technique");
  });
  it("a rule-based system drops the AI-system questions", () => {
    expect(applicableQuestions({ technique: "human_defined_rules" }).map((q) => q.id)).not.toContain("annex3Areas");
  });
  it("missingAnswers lists applicable unanswered questions; empty arrays count as answers", () => {
    const missing = missingAnswers(BASE).map((q) => q.id);
    expect(missing).not.toContain("syntheticContent");
    expect(missing).not.toContain("artefactType");
  });
  it("evaluateCondition handles every operator", () => {
    const p = { artefactType: "ai_system" as const, activities: ["uses" as const], establishedInEu: true };
    expect(evaluateCondition({ field: "establishedInEu", equals: true }, p)).toBe(true);
    expect(evaluateCondition({ field: "artefactType", in: ["ai_system"] }, p)).toBe(true);
    expect(evaluateCondition({ field: "establishedInEu", in: ["true"] }, p)).toBe(false);
    expect(evaluateCondition({ field: "activities", includesAny: ["uses"] }, p)).toBe(true);
    expect(evaluateCondition({ field: "artefactType", includesAny: ["ai_system"] }, p)).toBe(false);
    expect(
      evaluateCondition(
        { all: [{ field: "establishedInEu", equals: true }, { not: { field: "artefactType", equals: "ai_model" } }] },
        p,
      ),
    ).toBe(true);
    expect(evaluateCondition({ any: [{ field: "establishedInEu", equals: false }] }, p)).toBe(false);
  });
});

describe("rule sets and as-of dates", () => {
  const older = { ...RULE_SET_2026_07_OMNIBUS, id: "older", effectiveFrom: "2024-08-01" };
  const sets = [older, RULE_SET_2026_07_OMNIBUS];
  it("picks the rule set in force at the as-of date", () => {
    expect(pickRuleSet("2025-01-01", undefined, sets)).toEqual({ ruleSet: older, inForceAtAsOf: true });
    expect(pickRuleSet("2026-07-27", undefined, sets).ruleSet.id).toBe("2026-07-omnibus");
    expect(pickRuleSet("2020-01-01", undefined, sets)).toEqual({ ruleSet: older, inForceAtAsOf: false });
  });
  it("honours an explicit version and rejects unknown ones", () => {
    expect(pickRuleSet("2030-01-01", "older", sets).ruleSet.id).toBe("older");
    expect(pickRuleSet("2020-01-01", "older", sets).inForceAtAsOf).toBe(false);
    expect(() => classify(BASE, { ruleSetVersion: "nope" })).toThrow(RangeError);
  });
  it("exposes the current version and the list", () => {
    expect(CURRENT_RULE_SET_ID).toBe("2026-07-omnibus-r2");
    expect(listRuleSets()).toEqual([
      expect.objectContaining({ id: "2026-07-omnibus", effectiveFrom: "2026-07-27" }),
      expect.objectContaining({ id: "2026-07-omnibus-r2", effectiveFrom: "2026-07-27" }),
    ]);
    expect(run({}).ruleSet).toEqual({ id: "2026-07-omnibus-r2", effectiveFrom: "2026-07-27" });
  });
  it("flags an as-of date before the rule set as requires_review, even out of scope", () => {
    const r = classify({ ...BASE, technique: "human_defined_rules", infersOutputs: false }, { asOf: "2025-06-01" });
    expect(r.tier).toBe("out_of_scope");
    expect(r.disposition).toBe("requires_review");
    expect(one(r.findings, 0, "finding").code).toBe("rule_set.before_effective_date");
  });
  it("normalises as-of dates", () => {
    expect(toIsoDay("2027-01-05")).toBe("2027-01-05");
    expect(toIsoDay("2027-01-05T23:00:00Z")).toBe("2027-01-05");
    expect(toIsoDay(new Date(Date.UTC(2027, 0, 5)))).toBe("2027-01-05");
    expect(toIsoDay(undefined)).toBe(new Date().toISOString().slice(0, 10));
    expect(() => toIsoDay("2027-02-30")).toThrow(RangeError);
    expect(toIsoDay("2028-02-29")).toBe("2028-02-29");
    expect(toIsoDay("2000-02-29")).toBe("2000-02-29");
    expect(() => toIsoDay("2027-02-29")).toThrow(RangeError);
    expect(() => toIsoDay("2100-02-29")).toThrow(RangeError);
    expect(() => toIsoDay("2027-13-01")).toThrow(RangeError);
    expect(() => toIsoDay("2027-00-10")).toThrow(RangeError);
    expect(() => toIsoDay("2027-04-31")).toThrow(RangeError);
    expect(() => toIsoDay("yesterday")).toThrow(RangeError);
    expect(() => toIsoDay(new Date("nope"))).toThrow(RangeError);
    expect(classify(BASE).asOf).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe("labels", () => {
  it("label every tier and role", () => {
    expect(Object.keys(TIER_LABELS).sort()).toEqual([...TIERS].sort());
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });
});

describe("diffResults", () => {
  it("reports no change for identical results", () => {
    const a = run({});
    expect(diffResults(a, run({})).changed).toBe(false);
  });
  it("reports tier, facet, role, finding and obligation changes", () => {
    const before = run({ interactsWithPersons: true, aiObvious: false });
    const after = run({
      activities: ["develops", "uses"],
      personalNonProfessionalUse: false,
      deployerEntityType: "public_law_body",
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection"],
    });
    const d = diffResults(before, after);
    expect(d.changed).toBe(true);
    expect(d.tier).toEqual({ from: "limited", to: "high" });
    expect(d.facets.added).toEqual(
      expect.arrayContaining(["highRisk:annex3", "highRisk:Annex III 4(a)", "fria", "registration:Art 49(1)"]),
    );
    expect(d.facets.removed).toEqual(["art50:50(1):provider"]);
    expect(d.roles).toEqual({ added: ["deployer"], removed: [] });
    expect(d.obligations.added.map((o) => o.code)).toContain("hr.risk_management");
    expect(d.obligations.removed.map((o) => o.code)).toContain("art50.interaction_disclosure");
    expect(d.findings.added.map((f) => f.code)).toContain("annex3.4(a)");
  });
  it("reports rescheduled duties, disposition, scope and rule-set changes", () => {
    const recruitment = {
      annex3Areas: ["employment" as const],
      employmentUses: ["recruitment_selection" as const],
      alreadyOnMarket: true,
      placedOnMarketDate: "2026-01-01",
      significantDesignChange: false,
      annexXLargeScaleSystem: false,
    };
    const a = run({ ...recruitment, significantDesignChange: true });
    const b = run({ ...recruitment, intendedUsers: ["public_authority"] });
    const d = diffResults(a, b);
    expect(d.obligations.rescheduled[0]).toMatchObject({
      from: { appliesFrom: "2027-12-02" },
      to: { appliesFrom: "2030-08-02" },
    });
    const out = run({ infersOutputs: false });
    expect(diffResults(a, out).inScope).toEqual({ from: true, to: false });
    expect(diffResults(a, { ...a, disposition: "requires_review" }).disposition).toEqual({
      from: "final",
      to: "requires_review",
    });
    expect(diffResults(a, { ...a, ruleSet: { id: "x", effectiveFrom: "2030-01-01" } }).changed).toBe(true);
    expect(
      diffResults(a, { ...a, obligations: a.obligations.map((o) => ({ ...o, appliesFrom: "2031-01-01" })) }).changed,
    ).toBe(true);
  });
  it("shows a re-screen under the second reading: the date flag becomes a note, and a floor tier its ceiling", () => {
    const recruitment: TSystemProfile = { annex3Areas: ["employment"], employmentUses: ["recruitment_selection"] };
    const before = classify({ ...BASE, ...recruitment }, { asOf: "2026-12-04", ruleSetVersion: "2026-07-omnibus" });
    const after = classify({ ...BASE, ...recruitment }, { asOf: "2026-12-04" });
    const d = diffResults(before, after);
    expect(d.ruleSet).toEqual({ from: "2026-07-omnibus", to: "2026-07-omnibus-r2" });
    expect(d.disposition).toEqual({ from: "requires_review", to: "final" });
    expect(d.notes.added.map((n) => n.code)).toEqual(["dates.contested.art86Art49Timing"]);
    // A run stored before possibleTier existed counts as settled at its tier.
    const { possibleTier: _dropped, ...stored } = run({});
    expect(diffResults(stored as ClassificationResult, run({})).possibleTier).toBeNull();
    expect(diffResults(run({}), stored as ClassificationResult).possibleTier).toBeNull();
    const open = run({ annex3Areas: undefined });
    expect(diffResults(run({}), open).possibleTier).toEqual({ from: "minimal", to: "high" });
    expect(diffResults(run({}), open).changed).toBe(true);
    // Results stored before notes existed have none.
    const { notes: _none, ...old } = before;
    expect(diffResults(old as ClassificationResult, after).notes.added).toHaveLength(1);
    expect(diffResults(after, old as ClassificationResult).notes.removed).toHaveLength(1);
  });
  it("shows a GPAI model's systemic risk becoming undetermined", () => {
    const known = classify(MODEL, { asOf: "2026-12-04" });
    const { trainingComputeFlop: _unknown, ...unknown } = MODEL;
    expect(diffResults(known, classify(unknown, { asOf: "2026-12-04" })).facets.added).toEqual([
      "gpai:systemic:undetermined",
    ]);
  });
  it("covers every facet kind", () => {
    const model = classify(
      {
        ...BASE,
        artefactType: "model_and_system",
        modelGenerality: true,
        modelResearchOnly: false,
        modelOrigin: "modified_third_party",
        modificationComputeFlop: 1e25,
        originalComputeKnown: true,
        originalModelComputeFlop: 1e25,
        originalModelSystemic: true,
        modelOpenSource: true,
        modelMonetised: false,
        highImpactCapabilities: false,
        commissionDesignated: false,
      },
      { asOf: "2028-09-01" },
    );
    const keys = diffResults(run({ infersOutputs: false }), model).facets.added;
    expect(keys).toEqual(expect.arrayContaining(["gpai", "gpai:systemic", "gpai:modifier", "gpai:duty:55(1)(a)"]));
    const os = classify(
      {
        ...BASE,
        artefactType: "model_and_system",
        modelGenerality: true,
        modelResearchOnly: false,
        modelOrigin: "trained_in_house",
        modelOpenSource: true,
        modelMonetised: false,
        trainingComputeFlop: 1e24,
        highImpactCapabilities: false,
        commissionDesignated: false,
      },
      { asOf: "2028-09-01" },
    );
    expect(diffResults(model, os).facets.added).toContain("gpai:openSourceExemption");
    const banned = run({ untargetedFaceScraping: true });
    expect(diffResults(model, banned).facets.added).toEqual(["prohibited:5(1)(e)"]);
    const derogated = run({
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection"],
      derogationConditions: ["preparatory_task"],
      performsProfiling: false,
      derogationStatus: "documented_and_reviewed",
    });
    expect(diffResults(banned, derogated).facets.added).toEqual([
      "derogation:claimed",
      "derogation:valid",
      "registration:Art 49(2)",
    ]);
    const legacy = run({
      annex3Areas: ["employment"],
      employmentUses: ["recruitment_selection"],
      alreadyOnMarket: true,
      placedOnMarketDate: "2026-01-01",
      significantDesignChange: false,
      annexXLargeScaleSystem: false,
    });
    expect(diffResults(banned, legacy).facets.added).toContain("highRisk:legacy");
  });
});
