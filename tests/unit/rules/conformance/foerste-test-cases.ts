import { BASE, DEPLOYER, MODEL } from "../helpers";
import { CREDIT, PUBLIC_BENEFITS, RECRUITMENT, SOCIAL_SCORE, without, type ConformanceCase } from "./foerste-bases";

/** Cases their tests/ folder states with facts of their own (cases that repeat an example are listed there under `alsoIn`). */
export const TEST_CASES: ConformanceCase[] = [
  {
    id: "test_prohibited_dominates_high_risk",
    source: "tests/test_prohibited.py",
    facts: "A recruitment system that also social-scores applicants.",
    profile: { ...RECRUITMENT, ...SOCIAL_SCORE, performsProfiling: true },
    expected: { tier: "prohibited", prohibitedPoints: ["5(1)(c)"] },
    theirOutcome: "Prohibited (Art 5 dominates Annex III).",
  },
  {
    id: "test_annex_i_product_safety_route",
    source: "tests/test_high_risk.py",
    alsoIn: ["tests/test_obligations_and_artifacts.py::test_high_risk_obligation_dates_follow_regulation_2026_1744"],
    facts:
      "Safety component of a product under Annex I law that needs third-party assessment (product law unstated; translated as a medical device, Section A).",
    profile: {
      ...BASE,
      annex1Legislation: ["medical_devices"],
      annex1Function: "safety_component",
      thirdPartyAssessment: ["health_safety"],
    },
    expected: { tier: "high", annexPoints: ["Annex I Section A point 11"], appliesFrom: "2028-08-02" },
    theirOutcome: "High-risk; obligations apply from 2028-08-02.",
  },
  {
    id: "test_profiling_forecloses_derogation",
    source: "tests/test_high_risk.py",
    facts: "Recruitment system that claims a narrow procedural task but profiles applicants.",
    profile: { ...RECRUITMENT, derogationConditions: ["narrow_procedural"], performsProfiling: true },
    expected: { tier: "high", annexPoints: ["Annex III 4(a)"] },
    theirOutcome: "High-risk, determined (profiling overrides Art 6(3)).",
  },
  {
    id: "test_derogation_triggers_review",
    source: "tests/test_high_risk.py",
    facts: "Recruitment system that claims a narrow procedural task; whether it profiles is not stated.",
    profile: { ...RECRUITMENT, derogationConditions: ["narrow_procedural"] },
    expected: { tier: "high", possibleTier: "high", disposition: "undetermined" },
    theirOutcome: "High-risk, requires_review.",
    differs:
      "Same tier, other flag: Actlas keeps 'high-risk unless' and asks whether the system profiles, since the Art 6(3) third subparagraph decides it; a lawyer is not needed until that fact is known (fact sheet §4.3).",
  },
  {
    id: "test_critical_infrastructure_deployer_has_no_fria_question",
    source: "tests/test_high_risk.py",
    facts: "A company using an electricity-grid monitor that is a safety component of grid operation.",
    profile: {
      ...DEPLOYER,
      art25Actions: [],
      annex3Areas: ["critical_infrastructure"],
      criticalInfrastructureSector: "electricity",
      criticalInfrastructureFunction: "safety_component",
    },
    expected: { tier: "high", annexPoints: ["Annex III 2"], friaRequired: false, notArticles: ["Art 27"] },
    theirOutcome: "No Art 27 FRIA, and no question about it.",
  },
  {
    id: "test_life_health_insurance_deployer_requires_fria",
    source: "tests/test_high_risk.py",
    facts: "A private insurer using a system for life and health insurance pricing.",
    profile: {
      ...DEPLOYER,
      art25Actions: [],
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["life_health_insurance"],
    },
    expected: { tier: "high", annexPoints: ["Annex III 5(c)"], friaRequired: true, articles: ["Art 27"] },
    theirOutcome: "FRIA required (Art 27).",
  },
  {
    id: "test_public_law_deployer_requires_fria",
    source: "tests/test_high_risk.py",
    facts: "A body governed by public law using a system to triage eligibility for public services.",
    profile: { ...PUBLIC_BENEFITS, deployerEntityType: "public_law_body" },
    expected: { tier: "high", annexPoints: ["Annex III 5(a)"], friaRequired: true, articles: ["Art 27"] },
    theirOutcome: "FRIA required (Art 27).",
  },
  {
    id: "test_private_public_service_deployer_requires_fria",
    source: "tests/test_high_risk.py",
    facts:
      "A private provider of a public service (public transport) using a system, on behalf of a public authority, to triage eligibility for public benefits.",
    profile: { ...PUBLIC_BENEFITS, deployerEntityType: "private_public_service" },
    expected: { tier: "high", annexPoints: ["Annex III 5(a)"], friaRequired: true, articles: ["Art 27"] },
    theirOutcome: "FRIA required (Art 27).",
  },
  {
    id: "test_transparency_stacks_on_high_risk",
    source: "tests/test_transparency.py",
    facts: "A credit-scoring system that also chats with consumers, not obviously as an AI.",
    profile: { ...CREDIT, interactsWithPersons: true, aiObvious: false, humanLikePersona: false },
    expected: { tier: "high", art50: ["50(1):provider"] },
    theirOutcome: "High-risk dominates the tier; Art 50(1) still applies.",
  },
  {
    id: "test_gpai_commission_designation_is_systemic",
    source: "tests/test_gpai.py",
    facts: "A GPAI model designated by the Commission as having systemic risk; its training compute is not stated.",
    profile: { ...without(MODEL, "trainingComputeFlop"), commissionDesignated: true },
    expected: { tier: "gpai_systemic", gpaiSystemic: true },
    theirOutcome: "Systemic, determined.",
  },
  {
    id: "test_non_ai_system_returns_outside_scope",
    source: "tests/test_scope.py",
    facts: "A workflow tool that only executes rules written by people; it does not infer.",
    profile: { ...BASE, technique: "human_defined_rules", infersOutputs: false },
    expected: { tier: "out_of_scope", inScope: false },
    theirOutcome: "Out of scope; no obligations.",
  },
  {
    id: "test_missing_scope_fields_keep_examples_in_scope",
    source: "tests/test_scope.py",
    alsoIn: [
      "tests/test_engine.py::test_minimal_is_the_default",
      "tests/test_local_api.py::test_local_api_classify_returns_report_json",
    ],
    facts: "Nothing is known about the system but its name.",
    profile: {},
    expected: { tier: "minimal", possibleTier: "prohibited", disposition: "undetermined", inScope: null },
    theirOutcome: "Minimal risk, in scope (missing fields default to in scope and minimal).",
    differs:
      "Actlas answers 'Not determined yet' with prohibited still possible: with no facts, neither the definition (Art 3(1)), the territorial scope (Art 2(1)) nor Art 5 has been checked, so 'minimal' would be a guess (issue #15 item 1).",
  },
  {
    id: "test_unknown_eu_nexus_requires_scope_review",
    source: "tests/test_scope.py",
    facts: "A system whose link to the EU (establishment, EU market, output used in the EU) is unknown.",
    profile: without(BASE, "establishedInEu", "placesOnEuMarket", "outputUsedInEu"),
    expected: { tier: "minimal", disposition: "undetermined", inScope: null },
    theirOutcome: "Scope requires review; open question on the EU nexus.",
    differs:
      "Both leave scope open. Actlas calls it 'Not determined yet' rather than a review flag: whether the system reaches the EU market or its output is used there (Art 2(1)) is a fact to find out, not a point of law (issue #15 item 3).",
  },
  {
    id: "test_excluded_use_flags_are_surfaced",
    source: "tests/test_scope.py",
    facts:
      "A research sandbox: research, testing and development before placing on the market, not tested in real-world conditions.",
    profile: { ...BASE, preMarketResearchOnly: true, realWorldTesting: false },
    expected: { tier: "out_of_scope", inScope: false },
    theirOutcome: "Scope requires review (excluded-use flag surfaced).",
    differs:
      "Actlas excludes it: Art 2(8) takes pre-market research, testing and development out of the Act unless it is testing in real-world conditions, which the answers rule out (fact sheet §1.3).",
  },
  {
    id: "test_article_111_transition_note_for_legacy_system",
    source: "tests/test_scope.py",
    facts: "A system placed on the market on 2026-01-01 and not significantly changed since; nothing else stated.",
    profile: { ...BASE, alreadyOnMarket: true, placedOnMarketDate: "2026-01-01", significantDesignChange: false },
    expected: { tier: "minimal" },
    theirOutcome: "Transitional status names Article 111.",
    differs:
      "Presentation only: Actlas says nothing transitional for a minimal-risk system, since Art 111(2) concerns high-risk systems and Art 111(4) generative ones; neither applies here (fact sheet §9.2).",
  },
  {
    id: "test_importer_and_distributor_get_obligations",
    source: "tests/test_obligations_and_artifacts.py",
    facts: "An EU firm that imports a non-EU provider's credit-scoring system and also distributes it.",
    profile: { ...CREDIT, activities: ["imports", "distributes"], art25Actions: [] },
    expected: { tier: "high", roles: ["importer"], articles: ["Art 23"], notArticles: ["Art 24"] },
    theirOutcome: "High-risk; importer (Art 23) and distributor (Art 24) duties.",
    differs:
      "They give the firm the importer and the distributor role for the same system. Art 3(7) defines a distributor as a supply-chain actor 'other than the provider or the importer', so the importer of a system is not also its distributor: it owes Art 23, not Art 24 (fact sheet §1.4, §2). Actlas had the same error until this comparison found it.",
  },
  {
    id: "test_inventory_uses_classifier_risk_and_obligation_metadata",
    source: "tests/test_system_inventory.py",
    facts:
      "A private company that develops a hiring screen and uses it itself; it is neither a public body nor a public-service provider.",
    profile: {
      ...RECRUITMENT,
      activities: ["develops", "uses"],
      personalNonProfessionalUse: false,
      deployerEntityType: "private_other",
      performsProfiling: true,
    },
    expected: { tier: "high", roles: ["provider", "deployer"], friaRequired: false, articles: ["Art 16", "Art 26"] },
    theirOutcome: "High-risk, determined; provider and deployer obligations.",
  },
  {
    id: "classification-packet",
    source: "examples/classification-packet.json",
    facts: "The credit-scoring example's published report packet (provider of consumer credit scores).",
    profile: CREDIT,
    expected: { tier: "high", annexPoints: ["Annex III 5(b)"], appliesFrom: "2027-12-02" },
    theirOutcome:
      "High-risk, determined; provider obligations dated 2026-08-02, the Omnibus dates shown as a provisional political agreement.",
    differs:
      "Same tier, other dates: Reg (EU) 2026/1744 is adopted and in force since 27 Jul 2026, so Chapter III applies to Annex III systems from 2 Dec 2027 (Art 113(c)(i) as amended, fact sheet §9.2); their packet predates the adoption.",
  },
];
