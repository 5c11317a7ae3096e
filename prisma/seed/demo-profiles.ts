import type { TSystemProfile } from "../../lib/rules";

// Classification questionnaire answers for the demo systems, keyed by system name. Systems not listed here stay
// unclassified on purpose, so the inventory shows that state too.

// Facts that hold for almost every system of the bank: a real ML system, in the EU, no banned practice.
const COMMON: TSystemProfile = {
  artefactType: "ai_system",
  technique: "machine_learning",
  infersOutputs: true,
  operatesWithAutonomy: true,
  establishedInEu: true,
  placesOnEuMarket: true,
  outputUsedInEu: true,
  builtOnThirdPartyGpai: false,
  intendedUsers: ["private_entity"],
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
  interactsWithPersons: false,
  syntheticContent: [],
};

const onMarketSince = (date: string, changed = false): TSystemProfile => ({
  alreadyOnMarket: true,
  placedOnMarketDate: date,
  significantDesignChange: changed,
  annexXLargeScaleSystem: false,
});

// Bought from a vendor and used by the bank: the bank is a deployer.
const bought = (since: string | null, answers: TSystemProfile): TSystemProfile => ({
  ...COMMON,
  activities: ["uses"],
  personalNonProfessionalUse: false,
  art25Actions: [],
  deployerEntityType: "private_other",
  ...(since ? onMarketSince(since) : { alreadyOnMarket: false }),
  ...answers,
});

// Built in-house and put into service for the bank's own use: provider and deployer.
const inHouse = (since: string | null, answers: TSystemProfile, changed = false): TSystemProfile =>
  bought(since, { activities: ["develops", "uses"], ...(since ? onMarketSince(since, changed) : {}), ...answers });

const credit: TSystemProfile = {
  annex3Areas: ["essential_services"],
  essentialServicesUses: ["creditworthiness"],
  derogationConditions: [],
  performsProfiling: true,
};

/** The re-screen story: the first run treated ScoreOne as a legacy system; version 4.3 changes its design. */
export const EARLIER_PROFILES: Record<string, TSystemProfile> = {
  "Retail credit scoring (ScoreOne)": inHouse("2023-03-01", credit, false),
};

export const DEMO_PROFILES: Record<string, TSystemProfile> = {
  "Retail credit scoring (ScoreOne)": inHouse("2023-03-01", credit, true),
  "Mortgage affordability assistant": bought("2024-09-15", { ...credit, ...onMarketSince("2024-09-15", true) }),
  "Card transaction fraud detection": inHouse("2021-06-01", {
    annex3Areas: ["essential_services"],
    essentialServicesUses: ["fraud_detection"],
  }),
  "Anti-money-laundering transaction monitoring": bought("2020-01-10", {}),
  "Customer service chatbot (Ava)": bought("2025-02-01", {
    activities: ["markets_under_own_name", "uses"],
    builtOnThirdPartyGpai: true,
    intendedUsers: ["consumers"],
    // The team holds it obvious that Ava is a bot, but she has a human name and avatar: a reading a lawyer must confirm.
    interactsWithPersons: true,
    aiObvious: true,
    humanLikePersona: true,
    syntheticContent: [],
  }),
  "Call-centre emotion analytics": bought("2026-04-01", {
    emotionInference: "biometric_emotions",
    emotionSettings: ["workplace", "other"],
    emotionMedicalOrSafety: false,
  }),
  "Next-best-offer recommender": inHouse("2022-11-01", { manipulativeTechniques: false }),
  "Corporate credit early-warning system": inHouse("2022-05-01", {}),
  "KYC identity verification (selfie match)": bought("2023-07-01", {
    remoteBiometricIdentification: "verification_only",
  }),
  "Marketing copy generator": bought("2025-06-01", {
    syntheticContent: ["text"],
    syntheticContentExemption: "none",
    publishesDeepFakes: false,
    publishesPublicInterestText: false,
  }),
  "Synthetic spokesperson videos": bought("2026-09-01", {
    syntheticContent: ["video", "audio"],
    syntheticContentExemption: "none",
    publishesDeepFakes: true,
    deepFakeArtistic: false,
    publishesPublicInterestText: false,
  }),
  "Liquidity forecasting": inHouse("2021-01-01", {}),
  "Life insurance risk pricing": inHouse(
    "2022-04-01",
    {
      annex3Areas: ["essential_services"],
      essentialServicesUses: ["life_health_insurance"],
      derogationConditions: [],
      performsProfiling: true,
    },
    true,
  ),
  // Deliberately part-answered: nobody could yet say which insurance use it is ("not sure"), so the result is not
  // determined yet and names the question that decides whether it is high-risk.
  "Health insurance claims triage": bought("2024-01-15", {
    annex3Areas: ["essential_services"],
    notSure: ["essentialServicesUses"],
  }),
  "Motor insurance telematics pricing": inHouse("2023-10-01", {
    annex3Areas: ["essential_services"],
    essentialServicesUses: ["other_insurance"],
  }),
  "Property claims photo damage estimation": bought("2025-03-01", {}),
  "Insurance fraud network analysis": inHouse("2022-08-01", {
    annex3Areas: ["essential_services"],
    essentialServicesUses: ["fraud_detection"],
  }),
  "Claims document extraction": bought("2023-05-01", {}),
  "Wearable-based wellness programme scoring": bought("2026-05-01", {
    ...onMarketSince("2026-05-01", true),
    annex3Areas: ["essential_services"],
    essentialServicesUses: ["life_health_insurance"],
    derogationConditions: [],
    performsProfiling: true,
  }),
  "Infusion pump dosing module": inHouse(null, {
    activities: ["develops", "integrates_into_own_product"],
    annex1Legislation: ["medical_devices"],
    annex1Function: "safety_component",
    failureEndangersHealthSafety: true,
    thirdPartyAssessment: ["health_safety"],
    intendedUsers: ["private_entity", "public_authority"],
  }),
  "CV screening and ranking (TalentRank)": bought("2024-06-01", {
    ...onMarketSince("2024-06-01", true),
    annex3Areas: ["employment"],
    employmentUses: ["recruitment_selection", "cv_parsing"],
    derogationConditions: [],
  }),
  "Employee performance analytics": bought("2026-02-01", {
    ...onMarketSince("2026-02-01", true),
    annex3Areas: ["employment"],
    employmentUses: ["performance_monitoring", "work_relationship_decisions"],
    derogationConditions: [],
  }),
  "Internal LLM (DBI-GPT) fine-tuned in-house": inHouse("2025-11-01", {
    artefactType: "model_and_system",
    activities: ["develops", "markets_under_own_name", "uses"],
    modelGenerality: true,
    modelGenerative: true,
    modelResearchOnly: false,
    modelOrigin: "modified_third_party",
    originalComputeKnown: true,
    originalModelComputeFlop: 6e24,
    modificationComputeFlop: 3e24,
    originalModelSystemic: false,
    modelOpenSource: false,
    modelMonetised: false,
    highImpactCapabilities: false,
    commissionDesignated: false,
    interactsWithPersons: true,
    aiObvious: true,
    humanLikePersona: false,
    syntheticContent: ["text"],
    syntheticContentExemption: "none",
    publishesDeepFakes: false,
    publishesPublicInterestText: false,
    // The system's own launch date sets its Art 50(2) marking grace (Art 111(4)), apart from the model's.
    systemAlreadyOnMarket: true,
    systemPlacedOnMarketDate: "2025-11-01",
  }),
  "Code assistant for developers": bought("2024-03-01", {}),
  "Data-centre predictive maintenance": inHouse("2020-09-01", {}),
  "Spam and phishing e-mail filter": bought("2019-01-01", {}),
  "Social scoring of customer trustworthiness (rejected idea)": inHouse(null, {
    socialScoring: true,
    socialScoreConsequence: ["unrelated_context_detriment"],
  }),
  "Financial education app for students": bought("2026-09-01", {
    ...onMarketSince("2026-09-01", true),
    activities: ["distributes"],
    annex3Areas: ["education"],
    educationUses: ["learning_outcomes"],
    educationBodyType: "education_institution",
    derogationConditions: [],
  }),
  "Translation of customer letters": bought("2022-01-01", {}),
  "Offshore analytics for non-EU subsidiary": inHouse("2023-01-01", {
    establishedInEu: false,
    placesOnEuMarket: false,
    outputUsedInEu: false,
  }),
};

/** A saved, unfinished questionnaire: the "save and continue later" state in the demo. */
export const DEMO_DRAFTS: Record<string, TSystemProfile> = {
  "Debt collection prioritisation": {
    artefactType: "ai_system",
    technique: "machine_learning",
    infersOutputs: true,
    operatesWithAutonomy: true,
    activities: ["develops", "uses"],
  },
};
