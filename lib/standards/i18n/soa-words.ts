import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { FrameworkSummary } from "../coverage";
import type { SoaWords } from "../soa";
import { targetDetailIn, targetLabelIn } from "./details";

// The Statement of Applicability's coverage and evidence columns in the language its file is written in. The status
// names and the summary line are the Standards pages' messages, so the file and the page say the same.

const FORMER_MEMBER: Record<Locale, string> = { en: "Former member", de: "Ehemaliges Mitglied", fr: "Ancien membre" };

export function soaWordsIn(locale: Locale): SoaWords {
  const status = createTranslator({ locale, messages: MESSAGES[locale], namespace: "StandardsStatus" });
  return {
    status: (s) => status(s),
    label: (t) => targetLabelIn(locale, t),
    detail: (c) => targetDetailIn(locale, c),
    notCovered: status("unmapped"),
    formerMember: FORMER_MEMBER[locale],
  };
}

// The rows word applicability in English, which the PDF colours by; a file in another language words it last.
const APPLICABILITY_KEY: Record<string, "included" | "includedNotReviewed" | "excluded"> = {
  Included: "included",
  "Included (not reviewed)": "includedNotReviewed",
  Excluded: "excluded",
};

/** "Einbezogen (nicht geprüft)" for the row's "Included (not reviewed)"; anything else as it is. */
export function applicabilityIn(locale: Locale, english: string): string {
  const key = APPLICABILITY_KEY[english];
  if (!key) return english;
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "SoaPdf" })(key);
}

/** "23 von 38 Kontrollen vollständig belegt, 9 teilweise, 6 Lücken", without the page's closing full stop. */
export function summaryLineIn(locale: Locale, summary: FrameworkSummary): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "Standards" });
  return t("summaryLine", summary).replace(/\.$/, "");
}
