import type { Contradiction } from "./questionnaire/contradictions";

/**
 * Result types of the classification engine. These are the contract with the web app:
 * change them only additively, and keep obligation codes stable (the app carries work
 * over between re-classifications by `code`).
 */

export const ROLES = [
  "provider",
  "deployer",
  "importer",
  "distributor",
  "authorised_representative",
  "product_manufacturer",
] as const;
export type Role = (typeof ROLES)[number];

/** Ordered from least to most severe; the order is used to pick the primary tier. */
export const TIERS = ["out_of_scope", "minimal", "limited", "gpai", "gpai_systemic", "high", "prohibited"] as const;
export type Tier = (typeof TIERS)[number];

export type Gate =
  | "rule_set"
  | "definition"
  | "scope"
  | "exclusions"
  | "roles"
  | "prohibited"
  | "annex1"
  | "annex3"
  | "derogation"
  | "transparency"
  | "gpai"
  | "deployer_duties"
  | "dates";

export type FindingOutcome = "applies" | "does_not_apply" | "excluded" | "review" | "info";

export type Finding = {
  code: string;
  gate: Gate;
  outcome: FindingOutcome;
  reason: string;
  citation: string;
};

/**
 * What an open question can still change: the scope, a role, or the tier (the highest tier
 * its answer could lead to). Questions without it only complete the obligations.
 */
export type Decides = "scope" | "role" | Tier;

export type OpenQuestion = {
  /** Set when the engine needs an answer to a questionnaire question. */
  questionId?: string;
  text: string;
  citation: string;
  decides?: Decides;
  /** The person answered "not sure" rather than leaving it blank. */
  notSure?: boolean;
  /** Who in the organisation can usually answer it. */
  whoCanAnswer?: string;
};

/** A disputed date or interpretive point that does not change tier, role or scope. */
export type ResultNote = {
  code: string;
  text: string;
  citation: string;
};

/** An answer that takes obligations away, and which ones, so the loss is never silent. */
export type Removal = {
  code: string;
  questionIds: string[];
  text: string;
  citation: string;
  /** Obligations (code and title) the answer removes. */
  removed: { code: string; role: Role; title: string }[];
};

export type Obligation = {
  /** Stable across runs and rule-set versions for the same duty. */
  code: string;
  role: Role;
  article: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD */
  appliesFrom: string;
  appliesNow: boolean;
  /** Must be done before the system is placed on the market or used. */
  blocking?: boolean;
  /** Disputed points about this duty (e.g. from when it applies). */
  notes?: ResultNote[];
};

export type HighRiskRoute = "annex1_section_a" | "annex1_section_b" | "annex3";

export type Art50Facet = {
  /** e.g. "50(1)", "50(4) deep fake" */
  paragraph: string;
  role: Role;
  appliesFrom: string;
  appliesNow: boolean;
};

export type ProhibitedFacet = {
  /** e.g. "5(1)(c)" */
  point: string;
  appliesFrom: string;
  appliesNow: boolean;
};

export type Facets = {
  prohibitedPractices: ProhibitedFacet[];
  highRisk: {
    routes: HighRiskRoute[];
    /** e.g. "Annex III 4(a)", "Annex I Section A point 11" */
    annexPoints: string[];
    /** Date the Chapter III duties apply for the leading route (Art 113(c)). */
    appliesFrom: string;
    /** Art 111(2): placed before the Chapter III date and not significantly changed. */
    legacy: boolean;
  } | null;
  derogation: {
    claimed: boolean;
    /** null when the engine cannot tell yet (e.g. profiling unanswered). */
    valid: boolean | null;
    conditions: string[];
  };
  art50: Art50Facet[];
  friaRequired: boolean;
  registrationRequired: boolean;
  /** e.g. ["Art 49(1)"], ["Art 49(2)"], ["Art 49(3)"] */
  registrationBasis: string[];
  gpai: {
    /** null while training compute and capabilities are unknown (Art 51(2)). */
    systemicRisk: boolean | null;
    openSourceExemption: boolean;
    /** Provider of a modified model whose duties are limited to the modification. */
    modifier: boolean;
    /** e.g. ["53(1)(a)", "53(1)(c)", "55(1)(a)"] */
    duties: string[];
  } | null;
};

export type ClassificationResult = {
  ruleSet: { id: string; effectiveFrom: string };
  /** YYYY-MM-DD */
  asOf: string;
  /** null while the definition or territorial gates lack answers. */
  inScope: boolean | null;
  /**
   * The tier the answers given establish. While `disposition` is "undetermined" it is a
   * floor, not an answer: show `possibleTier` with the deciding questions instead.
   */
  tier: Tier;
  /** The highest tier still possible given the open deciding questions (equals `tier` when settled). */
  possibleTier: Tier;
  facets: Facets;
  roles: Role[];
  /**
   * undetermined: a question deciding scope, role or tier is unanswered or "not sure", or
   * answers contradict each other. requires_review: answered, but tier, role or scope turns
   * on a disputed reading. final: settled on the answers given.
   */
  disposition: Disposition;
  openQuestions: OpenQuestion[];
  /** Disputed dates and interpretive points that do not change tier, role or scope. */
  notes: ResultNote[];
  contradictions: Contradiction[];
  /** Answers that remove obligations (Art 111 legacy, Art 6(3) derogation, exclusions). */
  removals: Removal[];
  findings: Finding[];
  obligations: Obligation[];
};

export const DISPOSITIONS = ["final", "requires_review", "undetermined"] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
