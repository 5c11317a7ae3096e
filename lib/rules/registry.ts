import { RULE_SET_2026_07_OMNIBUS } from "./data/2026-07-omnibus";
import { RULE_SET_2026_07_OMNIBUS_R2 } from "./data/2026-07-omnibus-r2";
import type { RuleSet } from "./data/types";

/** Every rule set the engine knows, oldest first. A change in the law is a new entry here. */
const RULE_SETS: readonly RuleSet[] = [RULE_SET_2026_07_OMNIBUS, RULE_SET_2026_07_OMNIBUS_R2];

/** The last, newest rule set (reduce without a start value yields the last element). */
export const CURRENT_RULE_SET_ID: string = RULE_SETS.reduce((_older, newer) => newer).id;

export type RuleSetSummary = {
  id: string;
  effectiveFrom: string;
  title: string;
  covers: readonly string[];
  doesNotCover: readonly string[];
};

export function listRuleSets(): RuleSetSummary[] {
  return RULE_SETS.map(({ id, effectiveFrom, title, covers, doesNotCover }) => ({
    id,
    effectiveFrom,
    title,
    covers,
    doesNotCover,
  }));
}

export type PickedRuleSet = { ruleSet: RuleSet; inForceAtAsOf: boolean };

/**
 * Picks the rule set in force at `asOf` (the latest whose effective date is not after it),
 * or the requested version. When `asOf` precedes every rule set the earliest is used and
 * `inForceAtAsOf` is false, so the engine can flag the result for review rather than guess
 * at law it does not encode.
 */
export function pickRuleSet(asOf: string, version?: string, ruleSets: readonly RuleSet[] = RULE_SETS): PickedRuleSet {
  if (version !== undefined) {
    const requested = ruleSets.find((rs) => rs.id === version);
    if (!requested)
      throw new RangeError(`Unknown rule set "${version}". Known: ${ruleSets.map((rs) => rs.id).join(", ")}`);
    return { ruleSet: requested, inForceAtAsOf: requested.effectiveFrom <= asOf };
  }
  // The last one in force, else the earliest; reduce throws on an empty list, which no caller passes.
  const picked = ruleSets.reduce((best, rs) => (rs.effectiveFrom <= asOf ? rs : best));
  return { ruleSet: picked, inForceAtAsOf: picked.effectiveFrom <= asOf };
}
