/**
 * Actlas EU AI Act rules engine: public API.
 *
 * Pure TypeScript with no Next, Prisma, React, database or node: imports, so it runs on the
 * server and in the browser.
 *
 * - `ZSystemProfile` / `TSystemProfile`: the input. Every field is optional; unanswered
 *   questions become `openQuestions` in the result instead of errors.
 * - `classify(profile, { asOf?, ruleSetVersion? })`: the result as of a date (default: today,
 *   UTC). Deterministic; throws RangeError only for an invalid as-of date or unknown version.
 * - `QUESTIONNAIRE`, `applicableQuestions(profile)`, `missingAnswers(profile)`: the wizard's
 *   questions as data, with `when` conditions evaluated by `evaluateCondition`.
 * - `CURRENT_RULE_SET_ID`, `listRuleSets()`: versions of the encoded law.
 * - `TIER_LABELS`, `ROLE_LABELS`: plain-English labels.
 * - `diffResults(a, b)`: what changed between two classifications (re-screening).
 *
 * Obligation `code`s are stable across runs and rule-set versions; together with `role`
 * they identify a duty, so the app can carry work over when a system is re-classified.
 */
export { ZSystemProfile, readStoredProfile, type TSystemProfile, type ProfileField } from "./profile/schema";
export { classify, type ClassifyOptions } from "./engine/classify";
export type {
  Art50Facet,
  ClassificationResult,
  Decides,
  Disposition,
  Removal,
  ResultNote,
  Facets,
  Finding,
  FindingOutcome,
  Gate,
  HighRiskRoute,
  Obligation,
  OpenQuestion,
  ProhibitedFacet,
  Role,
  Tier,
} from "./types";
export { DISPOSITIONS, ROLES, TIERS } from "./types";
export {
  QUESTIONNAIRE,
  applicableQuestions,
  evaluateCondition,
  missingAnswers,
  type Condition,
  type Question,
  type QuestionGroup,
  type QuestionOption,
  type QuestionType,
} from "./questionnaire";
export { CURRENT_RULE_SET_ID, listRuleSets, type RuleSetSummary } from "./registry";
export { findContradictions, type Contradiction } from "./questionnaire/contradictions";
export { ROLE_LABELS, TIER_LABELS } from "./labels";
export { diffResults, facetKeys, type Change, type ResultDiff } from "./diff";
