import { classify, type ClassificationResult, type TSystemProfile } from "@/lib/rules";

/** A fully answered, in-scope, minimal-risk AI system offered by an EU provider. */
export const BASE: TSystemProfile = {
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

/** Deployer-only variant: a private company using someone else's system. */
export const DEPLOYER: TSystemProfile = {
  ...BASE,
  activities: ["uses"],
  personalNonProfessionalUse: false,
  deployerEntityType: "private_other",
};

/** A fully answered GPAI model provider below the systemic threshold. */
export const MODEL: TSystemProfile = {
  artefactType: "ai_model",
  modelGenerality: true,
  modelGenerative: true,
  trainingComputeFlop: 5e23,
  modelResearchOnly: false,
  activities: ["develops", "markets_under_own_name"],
  establishedInEu: true,
  placesOnEuMarket: true,
  outputUsedInEu: true,
  militaryUse: "no",
  solelyScientificResearch: false,
  preMarketResearchOnly: false,
  intimateImageryCapability: "not_capable",
  csamCapability: "not_capable",
  alreadyOnMarket: false,
  modelOrigin: "trained_in_house",
  modelOpenSource: false,
  highImpactCapabilities: false,
  commissionDesignated: false,
};

export const LATER = "2028-09-01";

export function run(
  overrides: TSystemProfile,
  asOf: string = LATER,
  base: TSystemProfile = BASE,
): ClassificationResult {
  return classify({ ...base, ...overrides }, { asOf });
}

export const codes = (r: ClassificationResult) => r.findings.map((f) => f.code);
export const obligationCodes = (r: ClassificationResult) => r.obligations.map((o) => `${o.role}:${o.code}`);
export const questionIds = (r: ClassificationResult) => r.openQuestions.map((q) => q.questionId).filter(Boolean);
