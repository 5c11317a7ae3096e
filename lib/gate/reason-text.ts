import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { TIER_DISPLAY, type TierCode } from "@/lib/validations/system-fields";
import type { GateReason, GateReasonCode } from "./reasons";
import { TIER_KEYS } from "@/lib/validations/value-keys";

// The gate's reasons are the REST API's words and stay English there (a pipeline greps them); a person reads them in
// their own language. The few values a reason carries are read back from its English, which gateReasons writes.
const KEYS = {
  not_classified: "notClassified",
  prohibited: "prohibited",
  awaiting_review: "awaitingReview",
  undetermined: "undetermined",
  stale_system_changed: "staleSystemChanged",
  stale_rule_set_changed: "staleRuleSetChanged",
  blocking_obligations_open: "blockingObligationsOpen",
  monitoring_breach_open: "monitoringBreachOpen",
} as const satisfies Record<GateReasonCode, string>;

const COULD_BE = /\(it could be (.+)\)\.$/;
const RULE_SETS = /rule set (\S+); the law is now encoded as (\S+)\. /;

function tierIn(locale: Locale, english: string): string {
  const code = (Object.keys(TIER_DISPLAY) as TierCode[]).find((c) => TIER_DISPLAY[c] === english);
  if (!code) return english;
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "SystemBadges" })(TIER_KEYS[code]);
}

/** A gate reason as a person reads it in `locale`; English is the API's own text, unchanged. */
export function gateReasonText(locale: Locale, reason: Pick<GateReason, "code" | "message" | "items">): string {
  if (locale === "en" || !(reason.code in KEYS)) return reason.message;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "GateReason" });
  const count = reason.items?.length ?? 0;
  switch (reason.code) {
    case "undetermined": {
      const tier = COULD_BE.exec(reason.message)?.[1];
      return tier ? t("undeterminedCouldBe", { tier: tierIn(locale, tier) }) : t("undetermined");
    }
    case "stale_rule_set_changed": {
      const [, used, current] = RULE_SETS.exec(reason.message) ?? [];
      return used && current ? t("staleRuleSetChanged", { used, current }) : reason.message;
    }
    case "blocking_obligations_open":
      return t("blockingObligationsOpen", { count });
    case "monitoring_breach_open":
      return t("monitoringBreachOpen", { count });
    default:
      return t(KEYS[reason.code]);
  }
}
