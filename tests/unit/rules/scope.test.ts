import { describe, expect, it } from "vitest";
import { classify } from "@/lib/rules";
import { DEPLOYER, MODEL, codes, questionIds, run } from "./helpers";

describe("Art 3(1) AI-system definition", () => {
  it.each([
    [{ technique: "human_defined_rules" as const, infersOutputs: false }, "definition.no_inference"],
    [{ technique: "basic_data_processing" as const, infersOutputs: false }, "definition.no_inference"],
    [{ technique: "basic_statistics" as const, infersOutputs: false }, "definition.no_inference"],
    [{ operatesWithAutonomy: false }, "definition.no_autonomy"],
  ])("%o is not an AI system", (profile, code) => {
    const r = run(profile);
    expect(r).toMatchObject({ tier: "out_of_scope", inScope: false, obligations: [], roles: [], disposition: "final" });
    expect(codes(r)).toContain(code);
  });

  it.each(["search_optimisation", "basic_statistics"] as const)(
    "%s is contested: treated as AI, flagged for review",
    (technique) => {
      const r = run({ technique });
      expect(r.inScope).toBe(true);
      expect(r.disposition).toBe("requires_review");
      expect(codes(r)).toContain("definition.contested.definitionSolvers");
    },
  );

  it("logic-based systems are AI systems", () => {
    expect(run({ technique: "logic_knowledge_based" }).inScope).toBe(true);
  });

  it("a settled 'no' is not held up by other missing answers", () => {
    const r = classify({ infersOutputs: false }, { asOf: "2027-01-01" });
    expect(r).toMatchObject({ tier: "out_of_scope", disposition: "final", openQuestions: [] });
  });

  it("an empty profile is undetermined, not out of scope, and lists what is needed", () => {
    const r = classify({}, { asOf: "2027-01-01" });
    expect(r.inScope).toBeNull();
    expect(r.disposition).toBe("undetermined");
    expect(questionIds(r)).toEqual(expect.arrayContaining(["artefactType", "technique", "activities", "militaryUse"]));
  });
});

describe("Art 3(63) GPAI model definition", () => {
  it("a specialised model is outside Chapter V", () => {
    const r = run({ modelGenerality: false }, undefined, MODEL);
    expect(r.tier).toBe("out_of_scope");
    expect(codes(r)).toEqual(
      expect.arrayContaining(["definition.model_not_general", "definition.model_outside_chapter_v"]),
    );
  });
  it("a research-only model is not a GPAI model", () => {
    expect(codes(run({ modelResearchOnly: true }, undefined, MODEL))).toContain("definition.model_research_only");
  });
  it("the 10^23 FLOP generative criterion indicates a GPAI model when generality is unanswered", () => {
    const r = run({ modelGenerality: undefined }, undefined, MODEL);
    expect(r.tier).toBe("gpai");
    expect(codes(r)).toContain("definition.gpai_indicative");
    expect(questionIds(r)).toContain("modelGenerality");
  });
  it("below the indicative criterion and unanswered generality stays undetermined", () => {
    const r = run({ modelGenerality: undefined, trainingComputeFlop: 1e23 }, undefined, MODEL);
    expect(r.inScope).toBeNull();
  });
  it("without compute or generative answers the model stays undetermined", () => {
    expect(run({ modelGenerality: undefined, trainingComputeFlop: undefined }, undefined, MODEL).inScope).toBeNull();
    expect(run({ modelGenerality: undefined, modelGenerative: false }, undefined, MODEL).inScope).toBeNull();
  });
});

describe("Art 2(1) territorial scope", () => {
  it("a non-EU provider placing nothing in the EU and whose output is not used there is out of scope", () => {
    const r = run({ establishedInEu: false, placesOnEuMarket: false, outputUsedInEu: false });
    expect(r.tier).toBe("out_of_scope");
    expect(codes(r)).toContain("scope.outside_eu");
  });
  it("a non-EU provider whose output is used in the EU is in scope (Art 2(1)(c))", () => {
    expect(run({ establishedInEu: false, placesOnEuMarket: false, outputUsedInEu: true }).inScope).toBe(true);
  });
  it("a non-EU deployer is covered through output used in the EU", () => {
    expect(run({ establishedInEu: false, outputUsedInEu: true }, undefined, DEPLOYER).roles).toEqual(["deployer"]);
    expect(run({ establishedInEu: false, outputUsedInEu: false }, undefined, DEPLOYER).tier).toBe("out_of_scope");
  });
  it("unknown placement keeps the role and leaves scope undetermined", () => {
    const r = run({ placesOnEuMarket: undefined, outputUsedInEu: false });
    expect(r.inScope).toBeNull();
    expect(r.roles).toEqual(["provider"]);
  });
  it("importers, distributors and authorised representatives are in scope by definition", () => {
    for (const activity of ["imports", "distributes", "authorised_representative"] as const) {
      const r = run({ activities: [activity], establishedInEu: false, placesOnEuMarket: false, outputUsedInEu: false });
      expect(r.inScope).toBe(true);
    }
  });
  it("a product manufacturer not placing in the EU is dropped", () => {
    const r = run({
      activities: ["integrates_into_own_product", "distributes"],
      placesOnEuMarket: false,
      outputUsedInEu: false,
    });
    expect(r.roles).toEqual(["distributor"]);
  });
});

describe("roles", () => {
  it("in-house build plus use makes provider and deployer (Art 3(11))", () => {
    const r = run({
      activities: ["develops", "uses"],
      personalNonProfessionalUse: false,
      deployerEntityType: "private_other",
    });
    expect(r.roles).toEqual(["provider", "deployer"]);
  });
  it("a contract developer that does not market under its name has no role", () => {
    const r = run({ activities: ["develops"] });
    expect(r.tier).toBe("out_of_scope");
    expect(codes(r)).toEqual(expect.arrayContaining(["roles.contract_developer", "roles.none"]));
  });
  it("unanswered activities leave roles and scope undetermined", () => {
    const r = run({ activities: undefined });
    expect(r.inScope).toBeNull();
    expect(questionIds(r)).toContain("activities");
  });
});

describe("Art 2 exclusions", () => {
  it.each([
    ["Art 2(3) exclusively military", { militaryUse: "exclusively" as const }, "exclusions.military"],
    [
      "Art 2(4) third-country cooperation with safeguards",
      { thirdCountryAuthorityCooperation: true, cooperationSafeguardsAdequate: true },
      "exclusions.international_cooperation",
    ],
    ["Art 2(6) sole scientific research", { solelyScientificResearch: true }, "exclusions.scientific_research"],
    [
      "Art 2(8) pre-market R&D",
      { preMarketResearchOnly: true, realWorldTesting: false },
      "exclusions.pre_market_research",
    ],
  ])("%s is out of scope", (_name, profile, code) => {
    const r = run(profile);
    expect(r.tier).toBe("out_of_scope");
    expect(r.obligations).toEqual([]);
    expect(codes(r)).toContain(code);
  });

  it.each([
    ["dual use is not exclusive", { militaryUse: "partly" as const }, "exclusions.military_dual_use"],
    [
      "cooperation without safeguards",
      { thirdCountryAuthorityCooperation: true, cooperationSafeguardsAdequate: false },
      "exclusions.international_cooperation_no_safeguards",
    ],
    ["real-world testing", { preMarketResearchOnly: true, realWorldTesting: true }, "exclusions.real_world_testing"],
  ])("limit: %s stays in scope", (_name, profile, code) => {
    const r = run(profile);
    expect(r.inScope).toBe(true);
    expect(codes(r)).toContain(code);
  });

  it("Art 2(10) personal non-professional users are not deployers", () => {
    const r = run({ personalNonProfessionalUse: true }, undefined, DEPLOYER);
    expect(r.tier).toBe("out_of_scope");
    expect(codes(r)).toContain("exclusions.personal_use");
  });

  it("Art 2(10) leaves provider duties upstream intact (Art 50(2))", () => {
    const r = run({
      activities: ["markets_under_own_name", "uses"],
      personalNonProfessionalUse: true,
      syntheticContent: ["image"],
      syntheticContentExemption: "none",
    });
    expect(r.roles).toEqual(["provider"]);
    expect(r.facets.art50.map((f) => f.paragraph)).toEqual(["50(2)"]);
  });

  it("Art 2(12) excludes a plain open-source system", () => {
    const r = run({ freeOpenSourceLicence: true });
    expect(r.tier).toBe("out_of_scope");
    expect(codes(r)).toContain("exclusions.open_source");
  });

  it.each([
    ["high-risk", { annex3Areas: ["employment" as const], employmentUses: ["recruitment_selection" as const] }, "high"],
    ["Art 50", { interactsWithPersons: true, aiObvious: false }, "limited"],
    ["Art 5", { untargetedFaceScraping: true }, "prohibited"],
  ])("Art 2(12) does not exclude an open-source system that is %s", (_name, profile, tier) => {
    expect(run({ ...profile, freeOpenSourceLicence: true }).tier).toBe(tier);
  });
});
