import type {
  ANNEX1_LEGISLATION,
  EDUCATION_USES,
  EMPLOYMENT_USES,
  ESSENTIAL_SERVICES_USES,
  INTENDED_USERS,
  JUSTICE_USES,
  LAW_ENFORCEMENT_USES,
  MIGRATION_USES,
} from "../profile/options";
import type { Role } from "../types";

/** Named dates of the rule set; obligations refer to them by key so a date change is one edit. */
export type DateKey =
  | "entryIntoForce"
  | "prohibitions"
  | "gpai"
  | "omnibusInForce"
  | "general"
  | "omnibusBans"
  | "art50MarkingLegacyDeadline"
  | "gpaiLegacyDeadline"
  | "annexXCutoff"
  | "chapter3Annex3"
  | "chapter3Annex1"
  | "publicAuthorityLegacyDeadline"
  | "annexXDeadline";

/**
 * Where an obligation's date depends on the system, the engine resolves these:
 * `chapter3` (route date, or the Art 111 legacy date), `gpaiDuties` (Art 111(3)),
 * `art50Marking` (Art 111(4)), `art50ProviderInformation` (the provider's earliest Art 50 duty).
 */
export type AppliesFrom = DateKey | "chapter3" | "gpaiDuties" | "art50Marking" | "art50ProviderInformation";

export type Art5PointId = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "ba" | "bb";
export type Art5Point = { citation: string; title: string; appliesFrom: DateKey };

export type Annex1Entry = { section: "A" | "B"; point: number; act: string };
export type Annex1Table = Record<Exclude<(typeof ANNEX1_LEGISLATION)[number], "none">, Annex1Entry>;

export type IntendedUser = (typeof INTENDED_USERS)[number];

/** An Annex III answer: either a sub-point match, or a documented near-miss (`excluded`). */
export type Annex3Entry =
  | { point: string; title: string; requiresUsers?: readonly IntendedUser[]; requiresProfiling?: boolean }
  | { excluded: string; citation: string };

export type Annex3Table = {
  educationUses: Record<(typeof EDUCATION_USES)[number], Annex3Entry>;
  employmentUses: Record<(typeof EMPLOYMENT_USES)[number], Annex3Entry>;
  essentialServicesUses: Record<(typeof ESSENTIAL_SERVICES_USES)[number], Annex3Entry>;
  lawEnforcementUses: Record<(typeof LAW_ENFORCEMENT_USES)[number], Annex3Entry>;
  migrationUses: Record<(typeof MIGRATION_USES)[number], Annex3Entry>;
  justiceUses: Record<(typeof JUSTICE_USES)[number], Annex3Entry>;
};

export type ContestedId =
  | "definitionSolvers"
  | "emotionCandidates"
  | "emotionMedicalSafety"
  | "sexAgeCategorisation"
  | "privateRbiPermitted"
  | "derogationConditions"
  | "cvProfiling"
  | "certificationBodies"
  | "privateSchoolsClinicsFria"
  | "openWeightsPublication"
  | "generationSafeguards"
  | "redCybersecurity"
  | "art86Art49Timing"
  | "systemicModifiers"
  | "obviousWithPersona";

/**
 * A disputed point. "review" (the default) can change tier, role or scope and flags the
 * result for a lawyer; "note" concerns dates or the extent of duties and is shown as a note
 * on the result and on the listed obligation codes.
 */
export type ContestedPoint =
  | { text: string; citation: string; kind?: "review" }
  | { text: string; citation: string; kind: "note"; obligations: readonly string[] };

/** Engine conditions under which an obligation template is emitted. */
export type Trigger =
  | "aiLiteracy"
  | "rbiLawEnforcementAuthorised"
  | "hrProvider"
  | "hrProviderAnnex3Point1"
  | "hrProviderAnnex3Other"
  | "hrProviderAnnex1A"
  | "hrProviderRegistrationEu"
  | "hrProviderRegistrationNational"
  | "hrProviderNonEu"
  | "hrDeployer"
  | "hrDeployerAnnex3Persons"
  | "hrDeployerWorkplace"
  | "hrDeployerPublic"
  | "hrDeployerPostRbi"
  | "fria"
  | "hrImporter"
  | "hrDistributor"
  | "hrAuthorisedRep"
  | "annex1SectionB"
  | "derogation"
  | "legacyWatch"
  | "art50p1"
  | "art50p2"
  | "art50p3"
  | "art50p4DeepFake"
  | "art50p4DeepFakeArtistic"
  | "art50p4Text"
  | "art50p5Provider"
  | "art50p5Deployer"
  | "gpaiAll"
  | "gpaiNotOpenSource"
  | "gpaiSystemic"
  | "gpaiNotify"
  | "gpaiNonEuProvider"
  | "gpaiAuthorisedRep"
  | "gpaiModifier";

export type ObligationTemplate = {
  code: string;
  role: Role;
  trigger: Trigger;
  article: string;
  title: string;
  summary: string;
  appliesFrom: AppliesFrom;
  blocking?: boolean;
};

export type GpaiThresholds = {
  indicativeFlop: number;
  systemicPresumptionFlop: number;
  modifierShare: number;
  unknownOriginalFlop: number;
  unknownSystemicOriginalFlop: number;
};

export type RuleSet = {
  id: string;
  effectiveFrom: string;
  title: string;
  covers: readonly string[];
  doesNotCover: readonly string[];
  dates: Record<DateKey, string>;
  art5: Record<Art5PointId, Art5Point>;
  annex1: Annex1Table;
  annex3: Annex3Table;
  contested: Record<ContestedId, ContestedPoint>;
  gpai: GpaiThresholds;
  obligations: readonly ObligationTemplate[];
};
