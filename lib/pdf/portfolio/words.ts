import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { StoredClassification } from "@/lib/classification/display";
import { plannedTier } from "@/lib/classification/display";
import { formatNumberIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { BaseCtx } from "../context";
import { dossierLabels } from "../labels";
import type { Ratio } from "./snapshot";
import { LIFECYCLE_KEYS } from "@/lib/validations/value-keys";

// The portfolio report is rendered in the organisation's document language. Its snapshot keeps codes and a few
// English words (an incident's status and clock), which are translated here on the way out, so the sealed figures and
// their hash do not depend on the language.
export type PortfolioCtx = BaseCtx & { locale: Locale };

const wordsIn = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "PortfolioWords" });
type WordKey = Parameters<ReturnType<typeof wordsIn>>[0];

// The English words the snapshot stores for an incident, each with its message.
const STORED: readonly WordKey[] = [
  "clockNotStarted",
  "clockRunning",
  "clockDueToday",
  "clockOverdue",
  "clockReported",
  "clockClosed",
  "incidentDraft",
  "incidentOpen",
  "incidentReported",
] as const;

export function portfolioWords(locale: Locale) {
  const t = wordsIn(locale);
  const english = wordsIn("en");
  const labels = dossierLabels(locale);
  const count = (n: number) => formatNumberIn(locale, n);
  const pct = (r: Ratio) => t("percent", { value: String(Math.floor((r.done / r.applicable) * 100)) });
  return {
    count,
    /** "42 of 120 (35%)": the share is rounded down, so 99.6% never prints as done. */
    ratio: (r: Ratio) =>
      r.applicable === 0
        ? t("noApplicable")
        : t("ratio", { done: count(r.done), of: count(r.applicable), pct: pct(r) }),
    percent: (r: Ratio) => (r.applicable === 0 ? "—" : pct(r)),
    share: (n: number, total: number) => (total ? t("percent", { value: String(Math.round((n / total) * 100)) }) : "—"),
    tier: (tier: string | null) => labels.tier(tier),
    role: labels.role,
    memberRole: (role: string) => (role === "API token" ? t("apiToken") : labels.memberRole(role)),
    lifecycle: (stage: string) =>
      Object.hasOwn(LIFECYCLE_KEYS, stage) ? t(LIFECYCLE_KEYS[stage as keyof typeof LIFECYCLE_KEYS]) : stage,
    /** "High-risk", "Not classified", or "Not determined yet — could be High-risk". */
    classification: (s: StoredClassification) => {
      if (s.disposition !== "UNDETERMINED") return labels.tier(s.tier);
      const tier = plannedTier(s);
      return tier ? `${t("notDetermined")} — ${t("couldBe", { tier: labels.tier(tier) })}` : t("notDetermined");
    },
    /** "Q3 2026" from "2026-Q3". */
    quarter: (key: string) => {
      const [year, q] = key.split("-");
      return t("quarter", { quarter: (q ?? "").replace("Q", ""), year: year ?? "" });
    },
    /** An incident's status or clock as the snapshot stores it in English. */
    stored: (word: string) => {
      const key = STORED.find((k) => english(k) === word);
      return key ? t(key) : word;
    },
    noUnit: () => t("noUnit"),
  };
}
export type PortfolioWords = ReturnType<typeof portfolioWords>;
