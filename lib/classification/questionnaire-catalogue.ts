import { ruleText } from "@/lib/rules/i18n";
import { questionnaireTexts } from "@/lib/rules/questionnaire/texts";

/** English questionnaire text → the same text in the person's language (only the texts that differ). */
export type QuestionnaireCatalogue = Readonly<Record<string, string>>;

/**
 * The questionnaire's translations for one language, for the wizard: it runs in the browser, which should carry one
 * language's questionnaire and not every catalogue of the rule set. English needs none.
 */
export function questionnaireCatalogue(locale: string): QuestionnaireCatalogue {
  if (locale === "en") return {};
  const pairs = questionnaireTexts().map((english) => [english, ruleText(locale, english)] as const);
  return Object.fromEntries(pairs.filter(([english, shown]) => shown !== english));
}
