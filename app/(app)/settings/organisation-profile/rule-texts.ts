import { ruleText } from "@/lib/rules/i18n";
import { ORGANIZATION_PROFILE_FIELDS } from "@/lib/validations/organization-profile";
import { profileQuestion } from "./questions";

/** English text → the reader's words, for what the form shows. */
export type RuleTexts = Readonly<Record<string, string>>;

// The profile questions' prompts, help and options in the reader's language, worked out on the server: the rule set's
// catalogue holds every engine and questionnaire text of every language, too much to send the browser for a form.
export function profileRuleTexts(locale: string): RuleTexts {
  const english = ORGANIZATION_PROFILE_FIELDS.flatMap((field) => {
    const question = profileQuestion(field);
    return [question.prompt, question.help ?? "", ...(question.options ?? []).map((o) => o.label)];
  }).filter(Boolean);
  return Object.fromEntries(english.map((text) => [text, ruleText(locale, text)]));
}
