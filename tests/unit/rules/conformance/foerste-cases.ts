import { BASE, DEPLOYER, MODEL } from "../helpers";
import {
  CORE_PROVIDER_DUTIES,
  CREDIT,
  RECRUITMENT,
  SOCIAL_SCORE,
  without,
  type ConformanceCase,
} from "./foerste-bases";
import { TEST_CASES } from "./foerste-test-cases";

export type { ConformanceCase, Expected } from "./foerste-bases";

/** Their examples/ folder: the 17 profiles of their eval set and the 3 guidance examples. */
const EXAMPLE_CASES: ConformanceCase[] = [
  {
    id: "social_scoring",
    source: "examples/social_scoring.json",
    alsoIn: [
      "tests/test_prohibited.py::test_single_prohibited_practice",
      "tests/test_system_inventory.py::test_inventory_blocks_prohibited_systems_and_redacts_sensitive_labels",
    ],
    facts: "Provider of a GovTech system that scores individuals on social behaviour to gate their access to services.",
    profile: { ...SOCIAL_SCORE, intendedUsers: ["public_authority"] },
    expected: { tier: "prohibited", prohibitedPoints: ["5(1)(c)"], notArticles: ["Art 9", "Art 16"] },
    theirOutcome: "Prohibited, determined (Art 5(1)(c)); no obligations listed.",
  },
  {
    id: "emotion_hiring",
    source: "examples/emotion_hiring.json",
    facts: "Provider of a tool that infers candidates' emotions from video interviews to score culture fit.",
    profile: {
      ...BASE,
      emotionInference: "biometric_emotions",
      emotionSettings: ["recruitment"],
      emotionMedicalOrSafety: false,
    },
    expected: { tier: "prohibited", prohibitedPoints: ["5(1)(f)"], disposition: "requires_review" },
    theirOutcome: "Prohibited, determined (Art 5(1)(f)).",
    differs:
      "Same tier, but Actlas flags it for review: Art 5(1)(f) names the workplace and education institutions; only the Commission's guidelines (non-binding) read recruitment into 'workplace' (fact sheet §3 (f), §12 point 2).",
  },
  {
    id: "cv_screening",
    source: "examples/cv_screening.json",
    facts: "Provider of a CV screener that ranks and filters job applicants for recruiters.",
    profile: { ...RECRUITMENT, performsProfiling: true },
    expected: { tier: "high", annexPoints: ["Annex III 4(a)"], roles: ["provider"], appliesFrom: "2027-12-02" },
    theirOutcome: "High-risk, determined (Annex III(4)(a)).",
  },
  {
    id: "credit_scoring",
    source: "examples/credit_scoring.json",
    alsoIn: [
      "tests/test_high_risk.py::test_annex_iii_is_high_risk",
      "tests/test_high_risk.py::test_provider_gets_full_obligation_set",
      "tests/goldens/credit_scoring.cli-golden.json",
      "tests/test_engine.py::test_report_renders_citations",
    ],
    facts: "Provider of a fintech system that generates consumer creditworthiness scores for lenders.",
    profile: CREDIT,
    expected: {
      tier: "high",
      annexPoints: ["Annex III 5(b)"],
      roles: ["provider"],
      articles: CORE_PROVIDER_DUTIES,
      registrationBasis: ["Art 49(1)"],
    },
    theirOutcome: "High-risk, determined (Annex III(5)(b)); provider duties Arts 9-15, 17, 43, 47-49, 72, 73.",
  },
  {
    id: "proctoring_education",
    source: "examples/proctoring_education.json",
    facts:
      "Provider of an exam-proctoring tool that watches students by webcam to detect prohibited behaviour during online exams.",
    profile: {
      ...BASE,
      annex3Areas: ["education"],
      educationUses: ["proctoring"],
      educationBodyType: "education_institution",
    },
    expected: { tier: "high", annexPoints: ["Annex III 3(d)"] },
    theirOutcome: "High-risk, determined (Annex III(3)(d)).",
  },
  {
    id: "credit_scoring_deployer",
    source: "examples/credit_scoring_deployer.json",
    facts: "A private bank using a third-party credit-scoring system for consumer loan decisions.",
    profile: {
      ...DEPLOYER,
      art25Actions: [],
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["creditworthiness"],
    },
    expected: {
      tier: "high",
      roles: ["deployer"],
      annexPoints: ["Annex III 5(b)"],
      friaRequired: true,
      articles: ["Art 26", "Art 27"],
    },
    theirOutcome: "High-risk, determined (Annex III(5)(b)); deployer duties Art 26 and a FRIA under Art 27.",
  },
  {
    id: "law_enforcement",
    source: "examples/law_enforcement.json",
    facts:
      "Provider of a system for law-enforcement authorities that assesses the risk of re-offending to support their decisions (not solely on profiling).",
    profile: {
      ...BASE,
      intendedUsers: ["law_enforcement"],
      crimeRiskAssessment: "supports_human_assessment",
      authorisedByLawForCrime: false,
      annex3Areas: ["law_enforcement"],
      lawEnforcementUses: ["offending_risk"],
      performsProfiling: true,
    },
    expected: { tier: "high", annexPoints: ["Annex III 6(d)"], prohibitedPoints: [] },
    theirOutcome: "High-risk, determined (Annex III(6)(d)).",
  },
  {
    id: "ambiguous_use_case",
    source: "examples/ambiguous_use_case.json",
    alsoIn: [
      "tests/test_high_risk.py::test_unsure_area_is_conservative_high_and_review",
      "tests/test_system_inventory.py::test_inventory_preserves_unverified_citation_state",
    ],
    facts:
      "Provider of a cross-industry analytics tool that may fall within an Annex III area; which one is unsettled.",
    profile: { ...without(BASE, "annex3Areas"), notSure: ["annex3Areas"] },
    expected: { tier: "minimal", possibleTier: "high", disposition: "undetermined" },
    theirOutcome: "High-risk, requires_review (Annex III point unsettled, citation unverified).",
    differs:
      "Actlas does not call it high-risk on a guess: the result is 'Not determined yet' with high-risk as the highest possible tier and the Annex III question open. Art 6(2) makes a system high-risk only when it is 'referred to in Annex III', a sub-point match (fact sheet §4.2, §14 rule 1).",
  },
  {
    id: "employment_derogation",
    source: "examples/employment_derogation.json",
    facts:
      "Provider of a tool that routes incoming job applications into role folders: a narrow procedural task, no scoring, ranking or profiling; the Art 6(3) assessment is documented.",
    profile: {
      ...RECRUITMENT,
      derogationConditions: ["narrow_procedural"],
      performsProfiling: false,
      derogationStatus: "documented_and_reviewed",
    },
    expected: { tier: "minimal", registrationBasis: ["Art 49(2)"] },
    theirOutcome: "High-risk, requires_review (Art 6(3) derogation asserted, needs a documented assessment).",
    differs:
      "Under Art 6(3) an Annex III system that meets a condition and does not profile is not high-risk; what remains is the Art 6(4) documentation and the Art 49(2) registration, which the amended Act kept (fact sheet §4.3, §14 rule 2). Actlas answers not high-risk, with those two duties.",
  },
  {
    id: "support_chatbot",
    source: "examples/support_chatbot.json",
    alsoIn: ["tests/test_transparency.py::test_chatbot_is_limited_risk"],
    facts:
      "Provider of a customer-support chatbot that answers product questions in an app; it is not obvious to users that they talk to an AI.",
    profile: { ...BASE, interactsWithPersons: true, aiObvious: false, humanLikePersona: false },
    expected: { tier: "limited", art50: ["50(1):provider"] },
    theirOutcome: "Limited risk, determined (Art 50(1)).",
  },
  {
    id: "deepfake_generator",
    source: "examples/deepfake_generator.json",
    facts:
      "A media company using a face-swap tool to generate deepfake videos of real people, which it publishes; not an artistic work.",
    profile: { ...DEPLOYER, syntheticContent: ["video"], publishesDeepFakes: true, deepFakeArtistic: false },
    expected: { tier: "limited", roles: ["deployer"], art50: ["50(4) deep fake:deployer"] },
    theirOutcome: "Limited risk, determined (Art 50(4)).",
  },
  {
    id: "spam_filter",
    source: "examples/spam_filter.json",
    facts: "Provider of a SaaS filter that classifies inbound e-mail as spam or not spam.",
    profile: BASE,
    expected: { tier: "minimal", disposition: "final" },
    theirOutcome: "Minimal risk, determined.",
  },
  {
    id: "foundation_model_systemic",
    source: "examples/foundation_model_systemic.json",
    facts: "Provider of a general-purpose text model offered by API to downstream developers, trained with 5e25 FLOP.",
    profile: { ...MODEL, trainingComputeFlop: 5e25 },
    expected: { tier: "gpai_systemic", gpaiSystemic: true, articles: ["Art 53", "Art 55"] },
    theirOutcome: "Minimal risk at system level, determined; GPAI with systemic risk (Arts 51, 53, 55).",
    differs:
      "Same law, other presentation: Actlas gives a model its own tier (gpai_systemic) instead of a 'minimal' system tier beside a GPAI flag, since Chapter V binds the model's provider and there is no system to rank (fact sheet §0 tiers, §1.1).",
  },
  {
    id: "foundation_model_unknown_compute",
    source: "examples/foundation_model_unknown_compute.json",
    alsoIn: ["tests/test_gpai.py::test_gpai_unknown_compute_requires_review"],
    facts: "Provider of a general-purpose generation model whose training compute is not known.",
    profile: { ...without(MODEL, "trainingComputeFlop"), notSure: ["trainingComputeFlop"] },
    expected: { tier: "gpai", possibleTier: "gpai_systemic", disposition: "undetermined", gpaiSystemic: null },
    theirOutcome: "Minimal risk at system level, requires_review (compute undisclosed, systemic status open, Art 51).",
    differs:
      "Both leave systemic risk open. Actlas shows the model tier (GPAI) with 'Not determined yet' and GPAI with systemic risk as the highest possible tier, because the Art 51(2) presumption turns on the unknown compute (fact sheet §6.2).",
  },
  {
    id: "gpai_non_systemic",
    source: "examples/gpai_non_systemic.json",
    alsoIn: ["tests/test_gpai.py::test_gpai_below_threshold_not_systemic"],
    facts: "Provider of a general-purpose model for lightweight text classification, trained with 1e24 FLOP.",
    profile: { ...MODEL, trainingComputeFlop: 1e24 },
    expected: { tier: "gpai", gpaiSystemic: false, articles: ["Art 53(1)(a)"], notArticles: ["Art 55"] },
    theirOutcome: "Minimal risk at system level, determined; GPAI without systemic risk (Art 53).",
    differs:
      "Presentation only: Actlas's tier for the model is GPAI, theirs is a 'minimal' system tier with a GPAI flag (fact sheet §0).",
  },
  {
    id: "gpai_systemic_by_flops",
    source: "examples/gpai_systemic_by_flops.json",
    alsoIn: ["tests/test_gpai.py::test_gpai_above_threshold_is_systemic"],
    facts: "Provider of a general-purpose multimodal model trained with 2e25 FLOP.",
    profile: { ...MODEL, trainingComputeFlop: 2e25 },
    expected: { tier: "gpai_systemic", gpaiSystemic: true, articles: ["Art 55"] },
    theirOutcome:
      "Minimal risk at system level, determined; GPAI with systemic risk by the FLOP threshold (Art 51(2)).",
    differs: "Presentation only: Actlas's tier for the model is GPAI with systemic risk (fact sheet §0).",
  },
  {
    id: "gpai_systemic_designated",
    source: "examples/gpai_systemic_designated.json",
    facts:
      "Provider of a general-purpose model fine-tuned for chemical synthesis planning, 1e24 FLOP, designated by the Commission as having systemic risk.",
    profile: { ...MODEL, trainingComputeFlop: 1e24, commissionDesignated: true },
    expected: { tier: "gpai_systemic", gpaiSystemic: true },
    theirOutcome: "Minimal risk at system level, determined; GPAI with systemic risk by designation (Art 51(1)(b)).",
    differs: "Presentation only: Actlas's tier for the model is GPAI with systemic risk (fact sheet §0).",
  },
  {
    id: "draft-guidance-machinery-safety-stop",
    source: "examples/guidance/commission_guidance_examples.json",
    alsoIn: ["examples/guidance/compliance_checker_comparison.json"],
    facts:
      "Provider of a computer-vision component that detects people in a robot cell and triggers a safe stop; the machinery needs third-party assessment.",
    profile: {
      ...BASE,
      annex1Legislation: ["machinery"],
      annex1Function: "safety_component",
      thirdPartyAssessment: ["health_safety"],
    },
    expected: {
      tier: "high",
      annexPoints: ["Annex I Section B point 21"],
      appliesFrom: "2028-08-02",
      notArticles: ["Art 9", "Art 43"],
    },
    theirOutcome: "High-risk, determined (Annex I safety component with third-party assessment).",
    differs:
      "Same tier. The amended Act moved machinery to Annex I Section B (point 21), so only Arts 6(1), 60a and 102-112 apply directly; the AI requirements reach it through the Machinery Regulation's delegated acts by 2 Aug 2028 (Art 2(2), fact sheet §4.1). Actlas lists no direct Chapter III provider duties.",
  },
  {
    id: "draft-guidance-quality-service-monitoring",
    source: "examples/guidance/commission_guidance_examples.json",
    alsoIn: ["examples/guidance/compliance_checker_comparison.json"],
    facts: "Provider of a SaaS tool that monitors non-safety quality-of-service indicators.",
    profile: BASE,
    expected: { tier: "minimal" },
    theirOutcome: "Minimal risk, determined.",
  },
  {
    id: "draft-guidance-employment-recruitment",
    source: "examples/guidance/commission_guidance_examples.json",
    alsoIn: ["examples/guidance/compliance_checker_comparison.json (as draft-guidance-employment-selection)"],
    facts: "Provider of a system that ranks job applicants for recruiters to review.",
    profile: { ...RECRUITMENT, performsProfiling: true },
    expected: { tier: "high", annexPoints: ["Annex III 4(a)"] },
    theirOutcome: "High-risk, determined (Annex III(4)(a)).",
  },
];

export const CASES: ConformanceCase[] = [...EXAMPLE_CASES, ...TEST_CASES];
