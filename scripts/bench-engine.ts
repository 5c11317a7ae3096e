/**
 * Classifications per second on one core for a mix of realistic profiles.
 * Run: npx tsx scripts/bench-engine.ts [--seconds 3]
 * The target is at least 50,000 classifications per second.
 */
import { classify, type TSystemProfile } from "../lib/rules";
import { pick } from "./bench/seed-words";

const COMMON: TSystemProfile = {
  artefactType: "ai_system",
  technique: "machine_learning",
  infersOutputs: true,
  operatesWithAutonomy: true,
  activities: ["develops", "markets_under_own_name"],
  establishedInEu: true,
  placesOnEuMarket: true,
  outputUsedInEu: true,
  militaryUse: "no",
  thirdCountryAuthorityCooperation: false,
  solelyScientificResearch: false,
  preMarketResearchOnly: false,
  freeOpenSourceLicence: false,
  intendedUsers: ["private_entity"],
  manipulativeTechniques: false,
  exploitsVulnerabilities: false,
  socialScoring: false,
  crimeRiskAssessment: "none",
  untargetedFaceScraping: false,
  emotionInference: "none",
  biometricCategorisation: false,
  remoteBiometricIdentification: "none",
  intimateImageryCapability: "not_capable",
  csamCapability: "not_capable",
  annex1Legislation: ["none"],
  annex3Areas: ["none"],
  derogationConditions: [],
  alreadyOnMarket: false,
  interactsWithPersons: false,
  syntheticContent: [],
};

const PROFILES: Record<string, TSystemProfile> = {
  internalAnalytics: COMMON,
  customerChatbot: {
    ...COMMON,
    interactsWithPersons: true,
    aiObvious: false,
    syntheticContent: ["text"],
    syntheticContentExemption: "none",
  },
  cvScreeningDeployer: {
    ...COMMON,
    activities: ["uses"],
    personalNonProfessionalUse: false,
    deployerEntityType: "private_other",
    annex3Areas: ["employment"],
    employmentUses: ["recruitment_selection", "cv_parsing"],
    art25Actions: [],
  },
  bankCreditScoring: {
    ...COMMON,
    activities: ["develops", "uses"],
    personalNonProfessionalUse: false,
    deployerEntityType: "private_other",
    annex3Areas: ["essential_services"],
    essentialServicesUses: ["creditworthiness", "fraud_detection"],
    derogationConditions: ["preparatory_task"],
    performsProfiling: true,
  },
  derogatedEdTech: {
    ...COMMON,
    annex3Areas: ["education"],
    educationUses: ["learning_outcomes"],
    educationBodyType: "education_institution",
    derogationConditions: ["narrow_procedural"],
    performsProfiling: false,
    derogationStatus: "documented",
  },
  medicalDevice: {
    ...COMMON,
    annex1Legislation: ["medical_devices"],
    annex1Function: "safety_component",
    thirdPartyAssessment: ["health_safety"],
    alreadyOnMarket: true,
    placedOnMarketDate: "2026-03-01",
    significantDesignChange: false,
    annexXLargeScaleSystem: false,
  },
  socialScoring: { ...COMMON, socialScoring: true, socialScoreConsequence: ["unrelated_context_detriment"] },
  foundationModel: {
    artefactType: "ai_model",
    modelGenerality: true,
    modelGenerative: true,
    trainingComputeFlop: 3e25,
    modelResearchOnly: false,
    activities: ["develops", "markets_under_own_name"],
    establishedInEu: false,
    placesOnEuMarket: true,
    outputUsedInEu: true,
    militaryUse: "no",
    solelyScientificResearch: false,
    preMarketResearchOnly: false,
    intimateImageryCapability: "foreseeable_with_safeguards",
    csamCapability: "not_capable",
    alreadyOnMarket: true,
    placedOnMarketDate: "2025-03-01",
    modelOrigin: "trained_in_house",
    modelOpenSource: false,
    highImpactCapabilities: false,
    commissionDesignated: false,
  },
  halfAnsweredDraft: {
    artefactType: "ai_system",
    technique: "machine_learning",
    activities: ["uses"],
    annex3Areas: ["law_enforcement"],
  },
};

const AS_OF = ["2026-11-22", "2027-12-02", "2028-09-01"];

export type EngineRate = {
  profiles: string[];
  asOf: string[];
  classifications: number;
  seconds: number;
  perSecond: number;
  target: number;
  meetsTarget: boolean;
  checksum: number;
};

/** Classifications per second on this thread (one core), after a warm-up. */
export function measureEngine(seconds: number): EngineRate {
  const mix = Object.values(PROFILES);
  const inputs = AS_OF.flatMap((asOf) => mix.map((profile) => ({ profile, asOf })));
  let sink = 0;
  // Warm-up lets the JIT settle so the figure reflects steady state.
  for (let i = 0; i < 20_000; i++) {
    const input = pick(inputs, i);
    sink += classify(input.profile, { asOf: input.asOf }).obligations.length;
  }
  let count = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 1000; i++) {
      const input = pick(inputs, count);
      sink += classify(input.profile, { asOf: input.asOf }).obligations.length;
      count++;
    }
  }
  const elapsed = (performance.now() - start) / 1000;
  const perSecond = Math.round(count / elapsed);
  return {
    profiles: Object.keys(PROFILES),
    asOf: AS_OF,
    classifications: count,
    seconds: Number(elapsed.toFixed(2)),
    perSecond,
    target: 50_000,
    meetsTarget: perSecond >= 50_000,
    checksum: sink % 997,
  };
}

// Run directly (not when imported by the benchmark harness).
if (process.argv[1]?.endsWith("bench-engine.ts")) {
  const secondsArg = process.argv.indexOf("--seconds");
  const seconds = secondsArg === -1 ? 3 : Number(process.argv[secondsArg + 1]);
  process.stdout.write(`${JSON.stringify(measureEngine(seconds), null, 2)}\n`);
}
