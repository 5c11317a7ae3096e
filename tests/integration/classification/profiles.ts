import type { TSystemProfile } from "@/lib/rules";

// A private bank using a bought system: fully answered, minimal risk unless a test adds a high-risk use.
export const DEPLOYER_BASE: TSystemProfile = {
  artefactType: "ai_system",
  technique: "machine_learning",
  infersOutputs: true,
  operatesWithAutonomy: true,
  activities: ["uses"],
  personalNonProfessionalUse: false,
  establishedInEu: true,
  placesOnEuMarket: true,
  outputUsedInEu: true,
  builtOnThirdPartyGpai: false,
  art25Actions: [],
  intendedUsers: ["private_entity"],
  deployerEntityType: "private_other",
  militaryUse: "no",
  thirdCountryAuthorityCooperation: false,
  solelyScientificResearch: false,
  preMarketResearchOnly: false,
  freeOpenSourceLicence: false,
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
  alreadyOnMarket: false,
  interactsWithPersons: false,
  syntheticContent: [],
};

export const CV_SCREENING: TSystemProfile = {
  ...DEPLOYER_BASE,
  annex3Areas: ["employment"],
  employmentUses: ["recruitment_selection"],
  derogationConditions: [],
};

export const CHATBOT: TSystemProfile = {
  ...DEPLOYER_BASE,
  activities: ["develops", "markets_under_own_name", "uses"],
  interactsWithPersons: true,
  aiObvious: false,
  humanLikePersona: false,
};

// A recruitment tool whose vendor calls CV parsing a preparatory task: whether parsing "profiles" is disputed, so the
// high-risk result needs a lawyer (requires_review), not only a calendar note.
export const CV_SCREENING_DISPUTED: TSystemProfile = {
  ...CV_SCREENING,
  employmentUses: ["recruitment_selection", "cv_parsing"],
  derogationConditions: ["preparatory_task"],
  performsProfiling: true,
};
