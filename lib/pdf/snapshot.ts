import type { ClassificationResult, OpenQuestion } from "@/lib/rules";
import type { RiskOriginRef } from "@/lib/risks/origin";

// The frozen input of one dossier: everything the PDF shows and nothing else. It is stored with the PDF as canonical
// JSON (dates as ISO strings), so the same snapshot always renders the same bytes and its SHA-256 can be printed on
// the cover. Fields are codes, not labels: wording is the renderer's job and may improve without changing a seal.
export const DOSSIER_SNAPSHOT_SCHEMA = "actlas.dossier/1";

export type DossierFinality = "DRAFT" | "FINAL";

export type DossierPerson = { name: string; email: string; role: string };

export type DossierSystem = {
  id: string;
  name: string;
  description: string;
  intendedPurpose: string;
  businessUnit: string;
  vendor: string;
  sourcing: string | null;
  lifecycleStage: string;
  /** YYYY-MM-DD */
  placedOnMarketAt: string | null;
  memberStates: string[];
  outputUsedInEu: boolean | null;
  affectedPersons: string[];
  affectedPersonsNote: string;
  automationLevel: string | null;
  humanOversight: string;
  dataCategories: string[];
  owner: string | null;
  intakeRevision: number;
  models: { name: string; registryName: string | null; versions: string[] }[];
  datasets: { name: string; uri: string }[];
};

export type DossierClassification = {
  runSequence: number;
  classifiedAt: string;
  classifiedBy: string | null;
  /** The run was made from an older intake revision than the one printed. */
  stale: boolean;
  result: ClassificationResult;
  /**
   * The run's state after legal's latest decision (lib/classification/review-state.ts): FINAL once confirmed or
   * overridden, and the tier legal set. Snapshots sealed before it existed lack both: read the result's.
   */
  disposition?: "FINAL" | "REQUIRES_REVIEW" | "UNDETERMINED";
  tier?: string;
  /**
   * The questions still open on the run's stored answers, counted as the app counts them (openQuestionsOf in
   * lib/classification/progress.ts). Older snapshots lack it: read the engine's own list in the result.
   */
  openQuestions?: { deciding: OpenQuestion[]; completing: OpenQuestion[] };
};

export type DossierReview = {
  runSequence: number;
  decision: "CONFIRMED" | "REQUIRES_REVIEW" | "OVERRIDDEN";
  overrideTier: string | null;
  justification: string;
  openQuestions: string[];
  decidedBy: string;
  decidedAt: string;
};

export type DossierObligation = {
  code: string;
  role: string;
  article: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD */
  appliesFrom: string;
  blocking: boolean;
  status: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "NOT_APPLICABLE";
  notApplicableReason: string;
  owner: string | null;
  /** YYYY-MM-DD */
  dueDate: string | null;
  /** No longer derived by the current classification; kept visible instead of deleted. */
  obsolete: boolean;
  evidenceCount: number;
};

export type DossierEvidence = {
  title: string;
  kind: "FILE" | "LINK";
  url: string | null;
  obligation: string | null;
  addedAt: string;
  versions: {
    version: number;
    fileName: string;
    sha256: string;
    sizeBytes: number;
    uploadedAt: string;
    uploadedBy: string | null;
  }[];
};

export type DossierAuditEvent = {
  sequence: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  hash: string;
};

/** One written record as saved by the documentation editors; `fields` are keyed as in lib/legal (codes, not labels). */
export type DossierLegalRecord = {
  fields: Record<string, string>;
  complete: boolean;
  owner: string | null;
  /** Titles of the linked evidence. */
  evidence: string[];
  updatedAt: string;
  signedOffBy: string | null;
  signedOffAt: string | null;
};

/** Written records the law asks for; null (or a section absent) where nothing was saved yet. */
export type DossierRecords = {
  annexIv: (DossierLegalRecord & { section: number })[] | null;
  derogation: DossierLegalRecord | null;
  fria: DossierLegalRecord | null;
};

/** One risk of the Art 9 register, as codes (source, treatment, status) and plain dates; scores are derived. */
export type DossierRisk = {
  title: string;
  description: string;
  source: string;
  likelihood: number;
  impact: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
  treatment: string | null;
  mitigation: string;
  /** Articles of the obligations that carry the mitigation, e.g. "Art 10(2)". */
  obligations: string[];
  owner: string | null;
  /** YYYY-MM-DD */
  nextReviewDate: string | null;
  status: string;
  accepted: { by: string; at: string; justification: string } | null;
  /** Where the risk was opened from, e.g. "incident INC-0007: Wrong refusals"; absent when entered by hand. */
  openedFrom?: string;
  /** The same event as data (since issue #22), so a rendering in another language words it in that language. */
  openedFromRef?: RiskOriginRef;
};

/**
 * The register as read on `asOf` (YYYY-MM-DD), the day against which review dates count as passed, with the
 * organisation's words for the five likelihood and impact steps (absent: the defaults).
 */
export type DossierRiskRegister = {
  asOf: string;
  risks: DossierRisk[];
  likelihoodLabels?: string[];
  impactLabels?: string[];
};

/** One person who operates or oversees the system, as the literacy register reads them on the snapshot's day. */
export type DossierLiteracyPerson = {
  name: string;
  jobRole: string;
  /** OPERATOR and/or OVERSIGHT. */
  roles: string[];
  /** EXPIRED: not trained now, but once held a training meant for this system (a refresher is overdue). */
  status: "TRAINED" | "EXPIRED" | "NOT_TRAINED";
  /** The training that covers them, or for EXPIRED the one that lapsed last; null when none. */
  training: { item: string; completedOn: string; expiresOn: string | null } | null;
};

/** A learning item meant for this system (SYSTEM), every system (ALL_SYSTEMS) or only a role its people hold (ROLE). */
export type DossierLearningItem = {
  title: string;
  kind: string;
  scope: "SYSTEM" | "ALL_SYSTEMS" | "ROLE";
  intendedRoles: string[];
  /** Months until a refresher; null: never expires. */
  validityMonths: number | null;
  /** How many of the people above hold a current training of it. */
  currentHolders: number;
};

/** Art 4 AI literacy of the people around the system, read on `asOf` (YYYY-MM-DD), the day expiry counts against. */
export type DossierLiteracy = { asOf: string; people: DossierLiteracyPerson[]; items: DossierLearningItem[] };

/** A policy version linked as evidence to the system's obligations (one entry per linked version). */
export type DossierPolicyEvidence = {
  title: string;
  version: number;
  /** The linked version's status now: only PUBLISHED (in force) counts as evidence; RETIRED was superseded. */
  status: string;
  publishedAt: string | null;
  /** The obligations it is linked to, by code and role (to match DossierObligation) with the article for reading. */
  obligations: { code: string; role: string; article: string; title: string }[];
  /** Members of the policy's audience who acknowledged this version. */
  acknowledgement: { acknowledged: number; total: number };
};

export type DossierSnapshot = {
  schema: typeof DOSSIER_SNAPSHOT_SCHEMA;
  dossier: {
    version: number;
    generatedAt: string;
    exportedBy: DossierPerson;
    /** A draft is watermarked and cannot be attested. Snapshots sealed before drafts existed are final. */
    finality?: DossierFinality;
  };
  organization: { name: string };
  system: DossierSystem;
  classification: DossierClassification | null;
  reviews: DossierReview[];
  obligations: DossierObligation[];
  evidence: DossierEvidence[];
  records: DossierRecords;
  /** The Art 9 risk register; snapshots sealed before it existed lack it (no section, no gap). */
  riskRegister?: DossierRiskRegister;
  /** Art 4 AI literacy; snapshots sealed before it existed lack it (no section). */
  literacy?: DossierLiteracy;
  /** Policies linked as evidence; snapshots sealed before they were listed lack it (nothing printed). */
  policyEvidence?: DossierPolicyEvidence[];
  audit: { events: DossierAuditEvent[]; total: number };
};
