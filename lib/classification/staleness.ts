import { CURRENT_RULE_SET_ID } from "@/lib/rules";

// The one definition of a stale classification, for the system page, the classification tab, the API and the CI
// gate: the run was made from an earlier intake revision, or under a rule set the law has since replaced.

export type StaleReason = "intake_changed" | "rule_set_changed";

/** What the stored run was made from. */
export type RunStamp = { systemVersion: number; ruleSetId: string };

export function staleReasons(
  run: RunStamp | null,
  systemVersion: number,
  currentRuleSetId: string = CURRENT_RULE_SET_ID,
): StaleReason[] {
  if (!run) return [];
  const reasons: StaleReason[] = [];
  if (run.systemVersion < systemVersion) reasons.push("intake_changed");
  if (run.ruleSetId !== currentRuleSetId) reasons.push("rule_set_changed");
  return reasons;
}

export function isStale(run: RunStamp | null, systemVersion: number, currentRuleSetId?: string): boolean {
  return staleReasons(run, systemVersion, currentRuleSetId).length > 0;
}
