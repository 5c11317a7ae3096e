// The CI gate's verdict, as a pure function of what the data-access layer read (lib/dal/classification/gate.ts), so that every
// reason can be tested without a database. A system may ship only when no reason is left.

import { staleReasons } from "@/lib/classification/staleness";
import { TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";
import { countPhrase, verbFor } from "@/lib/plural";

export type GateReasonCode =
  | "not_classified"
  | "prohibited"
  | "awaiting_review"
  | "undetermined"
  | "stale_system_changed"
  | "stale_rule_set_changed"
  | "blocking_obligations_open"
  | "monitoring_breach_open";

export type GateReason = { code: GateReasonCode; message: string; items?: { id: string; label: string }[] };
export type GateVerdict = { status: "pass" | "fail"; reasons: GateReason[] };

export type GateFacts = {
  systemVersion: number;
  tier: string | null;
  /** The highest tier still possible while the disposition is UNDETERMINED; null on rows stored before it existed. */
  possibleTier?: string | null;
  disposition: string | null;
  run: { systemVersion: number; ruleSetId: string } | null;
  currentRuleSetId: string;
  openBlockingObligations: { id: string; article: string; title: string; appliesFrom: Date }[];
  openBreachTasks: { id: string; title: string }[];
  today: Date;
};

function undeterminedMessage(possibleTier: string | null): string {
  const label = possibleTier && possibleTier in TIER_DISPLAY ? TIER_DISPLAY[possibleTier as TierCode] : null;
  return `Not determined yet: answer the deciding questions on the Classification tab${label ? ` (it could be ${label})` : ""}.`;
}

export function gateReasons(facts: GateFacts): GateVerdict {
  const reasons: GateReason[] = [];
  if (!facts.run) {
    reasons.push({ code: "not_classified", message: "The system has not been classified yet." });
  } else {
    if (facts.tier === "PROHIBITED")
      reasons.push({
        code: "prohibited",
        message:
          "The classification found a prohibited practice (Art 5): the system must not be placed on the market or used.",
      });
    if (facts.disposition === "REQUIRES_REVIEW")
      reasons.push({
        code: "awaiting_review",
        message: "The classification requires legal review before it can be relied on.",
      });
    // The stored tier is only a floor here: the release waits for the questions that decide it, like it waits for review.
    if (facts.disposition === "UNDETERMINED")
      reasons.push({ code: "undetermined", message: undeterminedMessage(facts.possibleTier ?? facts.tier) });
    const stale = staleReasons(facts.run, facts.systemVersion, facts.currentRuleSetId);
    if (stale.includes("intake_changed"))
      reasons.push({
        code: "stale_system_changed",
        message: "The system's intake changed after it was classified; classify it again.",
      });
    if (stale.includes("rule_set_changed")) {
      reasons.push({
        code: "stale_rule_set_changed",
        message: `The classification used rule set ${facts.run.ruleSetId}; the law is now encoded as ${facts.currentRuleSetId}. Classify it again.`,
      });
    }
  }
  const due = facts.openBlockingObligations.filter((o) => o.appliesFrom.getTime() <= facts.today.getTime());
  if (due.length > 0) {
    reasons.push({
      code: "blocking_obligations_open",
      message: `${countPhrase(due.length, "blocking obligation")} already ${verbFor(due.length, "apply")} and ${verbFor(due.length, "are")} not done yet.`,
      items: due.map((o) => ({ id: o.id, label: `${o.article}: ${o.title}` })),
    });
  }
  if (facts.openBreachTasks.length > 0) {
    reasons.push({
      code: "monitoring_breach_open",
      message: `${countPhrase(facts.openBreachTasks.length, "monitoring breach", "monitoring breaches")} ${verbFor(facts.openBreachTasks.length, "are")} still open.`,
      items: facts.openBreachTasks.map((t) => ({ id: t.id, label: t.title })),
    });
  }
  return { status: reasons.length === 0 ? "pass" : "fail", reasons };
}
