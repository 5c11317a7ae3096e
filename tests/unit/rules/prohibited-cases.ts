import type { TSystemProfile } from "@/lib/rules";

// The Art 5 points, each as a profile that is banned and as its nearest lawful neighbour. Kept apart from the
// tests so the table can grow without pushing prohibited.test.ts past the file-size limit.

export type Case = { name: string; profile: TSystemProfile; point?: string; finding?: string; review?: boolean };

export const BANNED: Case[] = [
  {
    name: "(a) manipulation with significant harm",
    profile: { manipulativeTechniques: true, manipulationEffect: "significant_harm_likely" },
    point: "5(1)(a)",
  },
  {
    name: "(b) exploiting vulnerabilities with harm",
    profile: { exploitsVulnerabilities: true, vulnerabilityEffect: "significant_harm_likely" },
    point: "5(1)(b)",
  },
  {
    name: "(c) social scoring, unrelated context",
    profile: { socialScoring: true, socialScoreConsequence: ["unrelated_context_detriment"] },
    point: "5(1)(c)",
  },
  {
    name: "(c) social scoring, disproportionate",
    profile: { socialScoring: true, socialScoreConsequence: ["disproportionate_treatment"] },
    point: "5(1)(c)",
  },
  {
    name: "(d) crime prediction solely from profiling",
    profile: { crimeRiskAssessment: "solely_profiling_or_traits" },
    point: "5(1)(d)",
  },
  { name: "(e) untargeted face scraping", profile: { untargetedFaceScraping: true }, point: "5(1)(e)" },
  {
    name: "(f) emotion recognition at work",
    profile: { emotionInference: "biometric_emotions", emotionSettings: ["workplace"], emotionMedicalOrSafety: false },
    point: "5(1)(f)",
  },
  {
    name: "(f) emotion recognition in education",
    profile: { emotionInference: "biometric_emotions", emotionSettings: ["education"], emotionMedicalOrSafety: false },
    point: "5(1)(f)",
  },
  {
    name: "(f) job candidates (contested)",
    profile: {
      emotionInference: "biometric_emotions",
      emotionSettings: ["recruitment"],
      emotionMedicalOrSafety: false,
    },
    point: "5(1)(f)",
    review: true,
  },
  {
    name: "(g) categorisation inferring religion",
    profile: {
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["religious_beliefs"],
      biometricCategorisationContext: "other",
    },
    point: "5(1)(g)",
  },
  {
    name: "(h) real-time RBI in public for police, no objective",
    profile: {
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: true,
      rbiException: "none",
    },
    point: "5(1)(h)",
  },
  {
    name: "(h) permitted objective but no national law",
    profile: {
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: true,
      rbiException: "victim_search",
      rbiAuthorisedUnderNationalLaw: false,
    },
    point: "5(1)(h)",
  },
  {
    name: "(ba) nudification as intended purpose",
    profile: { syntheticContent: ["image"], intimateImageryCapability: "intended_purpose" },
    point: "5(1)(ba)",
  },
  {
    name: "(ba) foreseeable without safeguards",
    profile: { syntheticContent: ["image"], intimateImageryCapability: "foreseeable_without_safeguards" },
    point: "5(1)(ba)",
  },
  {
    name: "(bb) CSAM generation",
    profile: { syntheticContent: ["image"], csamCapability: "intended_purpose", csamLawfulDefence: false },
    point: "5(1)(bb)",
  },
];

export const NEAR_MISSES: Case[] = [
  {
    name: "(a) lawful advertising",
    profile: { manipulativeTechniques: true, manipulationEffect: "lawful_standard_practice" },
    finding: "prohibited.a_near_miss",
  },
  {
    name: "(a) no significant harm",
    profile: { manipulativeTechniques: true, manipulationEffect: "no_significant_harm" },
    finding: "prohibited.a_near_miss",
  },
  {
    name: "(b) no significant harm",
    profile: { exploitsVulnerabilities: true, vulnerabilityEffect: "no_significant_harm" },
    finding: "prohibited.b_near_miss",
  },
  {
    name: "(c) lawful credit scoring",
    profile: { socialScoring: true, socialScoreConsequence: ["lawful_purpose_specific"] },
    finding: "prohibited.c_near_miss",
  },
  {
    name: "(d) supports human assessment on facts",
    profile: { crimeRiskAssessment: "supports_human_assessment" },
    finding: "prohibited.d_near_miss",
  },
  {
    name: "(d) place-based policing",
    profile: { crimeRiskAssessment: "place_based" },
    finding: "prohibited.d_near_miss",
  },
  { name: "(d) legal persons", profile: { crimeRiskAssessment: "legal_persons" }, finding: "prohibited.d_near_miss" },
  {
    name: "(f) text sentiment at work",
    profile: { emotionInference: "text_sentiment" },
    finding: "prohibited.f_not_emotion_recognition",
  },
  {
    name: "(f) fatigue detection",
    profile: { emotionInference: "physical_states_only" },
    finding: "prohibited.f_not_emotion_recognition",
  },
  {
    name: "(f) medical or safety exception",
    profile: { emotionInference: "biometric_emotions", emotionSettings: ["workplace"], emotionMedicalOrSafety: true },
    finding: "prohibited.f_medical_safety",
    review: true,
  },
  {
    name: "(g) ancillary categorisation",
    profile: { biometricCategorisation: true, biometricCategorisationAncillary: true },
    finding: "prohibited.g_ancillary",
  },
  {
    name: "(g) labelling lawful datasets",
    profile: {
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["race_ethnicity"],
      biometricCategorisationContext: "labelling_lawful_dataset",
    },
    finding: "prohibited.g_exception",
  },
  {
    name: "(g) law-enforcement categorisation",
    profile: {
      biometricCategorisation: true,
      biometricCategorisationAncillary: false,
      biometricCategories: ["political_opinions"],
      biometricCategorisationContext: "law_enforcement",
    },
    finding: "prohibited.g_exception",
  },
  {
    name: "(h) private real-time RBI",
    profile: {
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: false,
    },
    finding: "prohibited.h_private_use",
    review: true,
  },
  {
    name: "(h) authorised police use",
    profile: {
      remoteBiometricIdentification: "real_time",
      publiclyAccessibleSpace: true,
      rbiLawEnforcementPurpose: true,
      rbiException: "serious_crime_suspect",
      rbiAuthorisedUnderNationalLaw: true,
    },
    finding: "prohibited.h_exception",
  },
  {
    name: "(bb) national-law defence",
    profile: { syntheticContent: ["image"], csamCapability: "intended_purpose", csamLawfulDefence: true },
    finding: "prohibited.bb_lawful_defence",
    review: true,
  },
];
