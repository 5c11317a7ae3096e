import { describe, expect, it } from "vitest";
import { findContradictions, type Condition, type ProfileField, type TSystemProfile } from "@/lib/rules";
import { QUESTIONNAIRE, QUESTIONS_BY_ID } from "@/lib/rules/questionnaire";
import { CLASH_RULES } from "@/lib/rules/questionnaire/clash-rules";
import { DEMO_DRAFTS, DEMO_PROFILES, EARLIER_PROFILES } from "@/prisma/seed/demo-profiles";
import { CHATBOT, CV_SCREENING, DEPLOYER_BASE } from "../../integration/classification/profiles";
import { CREDIT_PROFILE, MINIMAL_PROFILE } from "../pdf/fixtures";
import { one } from "../../helpers/expect-defined";
import { BASE, DEPLOYER, MODEL } from "./helpers";

const AS_OF = "2026-12-01";
const ids = (p: TSystemProfile, asOf: string = AS_OF) => findContradictions(p, { asOf }).map((c) => c.id);
const MODEL_AND_SYSTEM: TSystemProfile = {
  ...MODEL,
  artefactType: "model_and_system",
  alreadyOnMarket: true,
  placedOnMarketDate: "2025-01-01",
  systemAlreadyOnMarket: true,
};

// One profile per rule that breaks only that rule: a fully answered base with the two clashing answers.
const CLASHES: [string, TSystemProfile][] = [
  ["technique_vs_inference", { ...BASE, infersOutputs: false }],
  ["technique_vs_inference", { ...BASE, technique: "human_defined_rules", infersOutputs: true }],
  ["research_model_monetised", { ...MODEL, modelResearchOnly: true, modelOpenSource: true, modelMonetised: true }],
  ["eu_role_outside_eu", { ...BASE, activities: ["imports"], establishedInEu: false }],
  ["eu_role_outside_eu", { ...BASE, activities: ["authorised_representative"], establishedInEu: false }],
  ["importer_not_on_eu_market", { ...BASE, activities: ["imports"], placesOnEuMarket: false }],
  [
    "personal_use_by_organisation",
    { ...DEPLOYER, personalNonProfessionalUse: true, deployerEntityType: "public_law_body" },
  ],
  [
    "personal_use_by_foreign_authority",
    {
      ...DEPLOYER,
      personalNonProfessionalUse: true,
      thirdCountryAuthorityCooperation: true,
      deployerEntityType: undefined,
    },
  ],
  [
    "foreign_authority_as_private_body",
    { ...DEPLOYER, thirdCountryAuthorityCooperation: true, cooperationSafeguardsAdequate: true },
  ],
  [
    "research_but_on_market",
    {
      ...BASE,
      preMarketResearchOnly: true,
      realWorldTesting: false,
      alreadyOnMarket: true,
      placedOnMarketDate: "2025-05-01",
    },
  ],
  ["research_model_on_market", { ...MODEL, modelResearchOnly: true, alreadyOnMarket: true }],
  [
    "intimate_imagery_without_media",
    { ...BASE, intimateImageryCapability: "foreseeable_with_safeguards", syntheticContent: ["text"] },
  ],
  ["csam_without_images", { ...BASE, csamCapability: "intended_purpose", syntheticContent: ["audio"] }],
  [
    "non_sensitive_only_with_sensitive",
    {
      ...BASE,
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["non_sensitive", "age"],
    },
  ],
  [
    "personal_use_by_organisation",
    { ...DEPLOYER, personalNonProfessionalUse: true, deployerEntityType: "private_other" },
  ],
  [
    "military_only_with_consumers",
    { ...BASE, militaryUse: "exclusively", intendedUsers: ["military_defence", "consumers"] },
  ],
  [
    "social_score_lawful_only_with_detriment",
    { ...BASE, socialScoring: true, socialScoreConsequence: ["lawful_purpose_specific", "disproportionate_treatment"] },
  ],
  [
    "annex1_none_with_law",
    {
      ...BASE,
      annex1Legislation: ["none", "toys"],
      annex1Function: "safety_component",
      thirdPartyAssessment: ["health_safety"],
    },
  ],
  [
    "annex3_none_with_area",
    { ...BASE, annex3Areas: ["none", "employment"], employmentUses: ["recruitment_selection"] },
  ],
  [
    "travel_documents_only_with_other",
    { ...BASE, annex3Areas: ["migration"], migrationUses: ["travel_document_verification", "person_identification"] },
  ],
  [
    "court_administration_only_with_decisions",
    { ...BASE, annex3Areas: ["justice_democracy"], justiceUses: ["court_administration", "judicial_decision_support"] },
  ],
  ["placed_in_future", { ...BASE, alreadyOnMarket: true, placedOnMarketDate: "2027-03-01" }],
  ["system_placed_in_future", { ...MODEL_AND_SYSTEM, systemPlacedOnMarketDate: "2026-12-02" }],
  ["system_before_first_placing", { ...MODEL_AND_SYSTEM, systemPlacedOnMarketDate: "2024-12-31" }],
  [
    "cumulative_compute_below_modification",
    { ...MODEL, modelOrigin: "modified_third_party", modificationComputeFlop: 1e24, trainingComputeFlop: 5e23 },
  ],
  ["designated_not_general", { ...MODEL, modelGenerality: false, commissionDesignated: true }],
];

describe("contradictions between answers are named", () => {
  it.each(CLASHES)("%s", (id, profile) => {
    const found = findContradictions(profile, { asOf: AS_OF });
    expect(found.map((c) => c.id)).toEqual([id]);
    const rule = CLASH_RULES.find((r) => r.id === id)!;
    expect(found[0]).toEqual({ id, questionIds: [...rule.questions], text: rule.text, citation: rule.citation });
  });

  it("the issue's example: 'still only in research' and 'already placed on the market' clash, naming both questions", () => {
    const clash = one(
      findContradictions(
        { ...BASE, preMarketResearchOnly: true, realWorldTesting: false, alreadyOnMarket: true },
        { asOf: AS_OF },
      ),
      0,
      "contradiction",
    );
    expect(clash.questionIds).toEqual(["preMarketResearchOnly", "alreadyOnMarket"]);
    expect(clash.text).toMatch(/research.*already placed/);
  });

  it("every rule has a case above", () => {
    expect(new Set(CLASHES.map(([id]) => id))).toEqual(new Set(CLASH_RULES.map((r) => r.id)));
  });

  // A blank or "not sure" is not an answer that can clash; it stays an open question instead.
  it.each(CLASHES)("%s needs every answer it names", (id, profile) => {
    for (const q of CLASH_RULES.find((r) => r.id === id)!.questions) {
      expect(ids({ ...profile, [q]: undefined, notSure: [q] })).not.toContain(id);
    }
  });
});

describe("consistent answers raise none", () => {
  const seeds = { ...EARLIER_PROFILES, ...DEMO_PROFILES, ...DEMO_DRAFTS };
  const profiles: [string, TSystemProfile][] = [
    ["BASE", BASE],
    ["DEPLOYER", DEPLOYER],
    ["MODEL (GPAI)", MODEL],
    ["integration DEPLOYER_BASE", DEPLOYER_BASE],
    ["integration CV_SCREENING", CV_SCREENING],
    ["integration CHATBOT", CHATBOT],
    ["pdf CREDIT_PROFILE", CREDIT_PROFILE],
    ["pdf MINIMAL_PROFILE", MINIMAL_PROFILE],
    ...Object.entries(seeds).map(([name, p]): [string, TSystemProfile] => [`seed ${name}`, p]),
  ];
  it.each(profiles)("%s", (_name, profile) => {
    expect(findContradictions(profile)).toEqual([]);
  });

  it.each([
    // A system assessed before launch: offered in the EU, not yet on the market.
    ["about to launch", { ...BASE, placesOnEuMarket: true, alreadyOnMarket: false }],
    [
      "research that will launch in the EU",
      { ...BASE, preMarketResearchOnly: true, realWorldTesting: true, placesOnEuMarket: true },
    ],
    ["disputed techniques either way", { ...BASE, technique: "search_optimisation", infersOutputs: false }],
    [
      "a private individual using it personally",
      { ...DEPLOYER, personalNonProfessionalUse: true, deployerEntityType: "natural_person" },
    ],
    [
      "armed forces and consumers, dual use",
      { ...BASE, militaryUse: "partly", intendedUsers: ["military_defence", "consumers"] },
    ],
    [
      "a score leading to two banned consequences",
      {
        ...BASE,
        socialScoring: true,
        socialScoreConsequence: ["unrelated_context_detriment", "disproportionate_treatment"],
      },
    ],
    ["two product laws", { ...BASE, annex1Legislation: ["medical_devices", "radio_equipment"] }],
    [
      "a public body that is a non-EU authority",
      { ...DEPLOYER, deployerEntityType: "public_law_body", thirdCountryAuthorityCooperation: true },
    ],
    [
      "open-source research model, free of charge",
      { ...MODEL, modelResearchOnly: true, modelOpenSource: true, modelMonetised: false },
    ],
    ["importer in the EU", { ...BASE, activities: ["imports"] }],
    [
      "image generator that can be misused, with safeguards",
      {
        ...BASE,
        intimateImageryCapability: "foreseeable_with_safeguards",
        csamCapability: "foreseeable_with_safeguards",
        syntheticContent: ["image"],
      },
    ],
    ["one sensitive category", { ...BASE, biometricCategorisation: true, biometricCategories: ["age", "sex_gender"] }],
    ["two areas", { ...BASE, annex3Areas: ["employment", "education"] }],
    ["placed on the as-of day", { ...BASE, alreadyOnMarket: true, placedOnMarketDate: AS_OF }],
    ["model and system launched together", { ...MODEL_AND_SYSTEM, systemPlacedOnMarketDate: "2025-01-01" }],
    [
      "fine-tune counted in the cumulative compute",
      { ...MODEL, modelOrigin: "modified_third_party", modificationComputeFlop: 1e24, trainingComputeFlop: 1e24 },
    ],
  ] as [string, TSystemProfile][])("%s", (_name, profile) => {
    expect(ids(profile)).toEqual([]);
  });

  // The wizard keeps answers to questions it hides; a stored run drops them, and so does this check.
  it("answers to questions that no longer apply cannot clash", () => {
    expect(
      ids({
        ...DEPLOYER,
        activities: ["develops", "markets_under_own_name"],
        personalNonProfessionalUse: true,
        deployerEntityType: "public_law_body",
      }),
    ).toEqual([]);
    expect(ids({ ...BASE, alreadyOnMarket: false, placedOnMarketDate: "2027-03-01" })).toEqual([]);
    // A follow-up of a follow-up: the categories hang on a categorisation question the technique hides.
    expect(
      ids({
        ...BASE,
        technique: "basic_data_processing",
        infersOutputs: false,
        biometricCategorisation: true,
        biometricCategories: ["non_sensitive", "age"],
      }),
    ).toEqual([]);
  });

  it("dates are checked against today unless an as-of date is given", () => {
    expect(
      findContradictions({ ...BASE, alreadyOnMarket: true, placedOnMarketDate: "2999-01-01" }).map((c) => c.id),
    ).toEqual(["placed_in_future"]);
    expect(findContradictions({ ...BASE, alreadyOnMarket: true, placedOnMarketDate: "2000-01-01" })).toEqual([]);
    expect(ids({ ...BASE, alreadyOnMarket: true, placedOnMarketDate: "2027-03-01" }, "2027-06-01")).toEqual([]);
    expect(() => findContradictions(BASE, { asOf: "2026-13-01" })).toThrow(RangeError);
  });
});

type Leaf = { field: ProfileField; values: readonly (string | boolean)[] };
function leaves(c: Condition): Leaf[] {
  if ("all" in c) return c.all.flatMap(leaves);
  if ("any" in c) return c.any.flatMap(leaves);
  if ("not" in c) return leaves(c.not);
  if ("equals" in c) return [{ field: c.field, values: [c.equals] }];
  return [{ field: c.field, values: "in" in c ? c.in : c.includesAny }];
}

describe("the clash table is consistent with the questionnaire", () => {
  const order = QUESTIONNAIRE.flatMap((g) => g.questions.map((q) => q.id));

  it("ids are unique", () => {
    expect(new Set(CLASH_RULES.map((r) => r.id)).size).toBe(CLASH_RULES.length);
  });

  it.each(CLASH_RULES.map((r) => [r.id, r] as const))(
    "%s names real questions in order, and only reads those",
    (_id, rule) => {
      const positions = rule.questions.map((q) => order.indexOf(q));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const leaf of leaves(rule.when)) expect(rule.questions).toContain(leaf.field);
      for (const ref of rule.exceeds ?? []) if (ref !== "asOf") expect(rule.questions).toContain(ref);
    },
  );

  // A renamed answer code would otherwise turn a rule silently off.
  it.each(CLASH_RULES.map((r) => [r.id, r] as const))("%s only uses answer codes the question offers", (_id, rule) => {
    for (const { field, values } of leaves(rule.when)) {
      const question = QUESTIONS_BY_ID.get(field)!;
      const offered = question.type === "boolean" ? [true, false] : question.options!.map((o) => o.value);
      for (const v of values) expect(offered).toContain(v);
    }
  });
});
