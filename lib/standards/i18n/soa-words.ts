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

/** "23 von 38 Kontrollen vollständig belegt, 9 teilweise, 6 Lücken", without the page's closing full stop. */
export function summaryLineIn(locale: Locale, summary: FrameworkSummary): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "Standards" });
  return t("summaryLine", summary).replace(/\.$/, "");
}
