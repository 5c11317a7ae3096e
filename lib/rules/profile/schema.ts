import { z } from "zod";
import * as O from "./options";

/**
 * The system profile: facts about one AI system (or model) and about the organisation's
 * relation to it. Every field is optional because the wizard saves partial answers; the
 * engine reports what it still needs instead of failing. The object is strict so that a
 * misspelt field id is rejected rather than silently ignored.
 */
const bool = z.boolean().optional();
const one = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional();
const many = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).optional();
/**
 * A question that became multiple choice: profiles stored before then (runs, drafts, imports,
 * API clients) hold one code as a string, read here as a one-element list so they stay valid.
 */
const wrapOne = (value: unknown) => (typeof value === "string" ? [value] : value);
const manyOnceOne = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(wrapOne, z.array(z.enum(values))).optional();
const flop = z.number().nonnegative().finite().optional();
const isoDate = z.iso.date().optional();

const ZAnswers = z.strictObject({
  // Definition, Art 3(1) and 3(63)
  artefactType: one(O.ARTEFACT_TYPES),
  technique: one(O.TECHNIQUES),
  infersOutputs: bool,
  operatesWithAutonomy: bool,
  modelGenerality: bool,
  modelGenerative: bool,
  trainingComputeFlop: flop,
  modelResearchOnly: bool,

  // Territorial scope, Art 2(1)
  establishedInEu: bool,
  placesOnEuMarket: bool,
  outputUsedInEu: bool,

  // Roles, Art 3 and Art 25
  activities: many(O.ACTIVITIES),
  personalNonProfessionalUse: bool,
  builtOnThirdPartyGpai: bool,
  art25Actions: many(O.ART25_ACTIONS),

  // Exclusions, Art 2(3)-(12)
  militaryUse: one(O.MILITARY_USE),
  thirdCountryAuthorityCooperation: bool,
  cooperationSafeguardsAdequate: bool,
  solelyScientificResearch: bool,
  preMarketResearchOnly: bool,
  realWorldTesting: bool,
  freeOpenSourceLicence: bool,

  // Who uses it
  intendedUsers: many(O.INTENDED_USERS),
  deployerEntityType: one(O.DEPLOYER_ENTITY_TYPES),

  // Prohibited practices, Art 5
  manipulativeTechniques: bool,
  manipulationEffect: one(O.MANIPULATION_EFFECTS),
  exploitsVulnerabilities: bool,
  vulnerabilityEffect: one(O.VULNERABILITY_EFFECTS),
  socialScoring: bool,
  socialScoreConsequence: manyOnceOne(O.SOCIAL_SCORE_CONSEQUENCES),
  crimeRiskAssessment: one(O.CRIME_RISK_ASSESSMENTS),
  untargetedFaceScraping: bool,
  emotionInference: one(O.EMOTION_INFERENCE),
  emotionSettings: many(O.EMOTION_SETTINGS),
  emotionMedicalOrSafety: bool,
  biometricCategorisation: bool,
  biometricCategorisationAncillary: bool,
  biometricCategories: many(O.BIOMETRIC_CATEGORIES),
  biometricCategorisationContext: one(O.BIOMETRIC_CATEGORISATION_CONTEXTS),
  remoteBiometricIdentification: one(O.RBI_MODES),
  publiclyAccessibleSpace: bool,
  rbiLawEnforcementPurpose: bool,
  rbiException: one(O.RBI_EXCEPTIONS),
  rbiAuthorisedUnderNationalLaw: bool,
  intimateImageryCapability: one(O.GENERATION_CAPABILITIES),
  usedForIntimateImagery: bool,
  csamCapability: one(O.GENERATION_CAPABILITIES),
  usedForCsam: bool,
  csamLawfulDefence: bool,

  // High-risk via Annex I, Art 6(1)
  annex1Legislation: manyOnceOne(O.ANNEX1_LEGISLATION),
  annex1Function: one(O.ANNEX1_FUNCTIONS),
  failureEndangersHealthSafety: bool,
  thirdPartyAssessment: manyOnceOne(O.THIRD_PARTY_ASSESSMENT),

  // High-risk via Annex III, Art 6(2)
  annex3Areas: many(O.ANNEX3_AREAS),
  criticalInfrastructureSector: one(O.CRITICAL_INFRASTRUCTURE_SECTORS),
  criticalInfrastructureFunction: one(O.CRITICAL_INFRASTRUCTURE_FUNCTIONS),
  educationUses: many(O.EDUCATION_USES),
  educationBodyType: one(O.EDUCATION_BODY_TYPES),
  employmentUses: many(O.EMPLOYMENT_USES),
  essentialServicesUses: many(O.ESSENTIAL_SERVICES_USES),
  lawEnforcementUses: many(O.LAW_ENFORCEMENT_USES),
  migrationUses: many(O.MIGRATION_USES),
  justiceUses: many(O.JUSTICE_USES),

  // Art 6(3) derogation
  derogationConditions: many(O.DEROGATION_CONDITIONS),
  performsProfiling: bool,
  derogationStatus: one(O.DEROGATION_STATUS),

  // Lifecycle, Art 111
  alreadyOnMarket: bool,
  placedOnMarketDate: isoDate,
  // For a model and the system built on it: the system's own date, which the system's transitional rules follow.
  systemAlreadyOnMarket: bool,
  systemPlacedOnMarketDate: isoDate,
  significantDesignChange: bool,
  annexXLargeScaleSystem: bool,

  // Transparency, Art 50
  interactsWithPersons: bool,
  aiObvious: bool,
  humanLikePersona: bool,
  syntheticContent: many(O.SYNTHETIC_CONTENT),
  syntheticContentExemption: one(O.SYNTHETIC_EXEMPTIONS),
  publishesDeepFakes: bool,
  deepFakeArtistic: bool,
  publishesPublicInterestText: bool,
  humanEditorialResponsibility: bool,
  authorisedByLawForCrime: bool,
  publicCanReportCrime: bool,

  // GPAI models, Chapter V
  modelOrigin: one(O.MODEL_ORIGINS),
  modificationComputeFlop: flop,
  originalComputeKnown: bool,
  originalModelComputeFlop: flop,
  originalModelSystemic: bool,
  modelOpenSource: bool,
  modelMonetised: bool,
  highImpactCapabilities: bool,
  commissionDesignated: bool,
});

export type ProfileField = keyof z.infer<typeof ZAnswers>;
export const PROFILE_FIELDS = Object.keys(ZAnswers.shape) as [ProfileField, ...ProfileField[]];

/**
 * `notSure` lists the questions the person answered "Not sure". The engine treats them like
 * blanks that were seen: open questions that say who can answer, never a silent default.
 */
export const ZSystemProfile = ZAnswers.extend({
  notSure: z.array(z.enum(PROFILE_FIELDS)).max(PROFILE_FIELDS.length).optional(),
});

export type TSystemProfile = z.infer<typeof ZSystemProfile>;

/**
 * Answers read back from storage (runs, drafts) go through the schema, so a profile saved
 * before a question became multiple choice reaches the engine and the wizard as a list.
 * One that no longer parses is returned as stored: nothing is dropped on reading.
 */
export function readStoredProfile(stored: unknown): TSystemProfile {
  const parsed = ZSystemProfile.safeParse(stored);
  return parsed.success ? parsed.data : (stored as TSystemProfile);
}
