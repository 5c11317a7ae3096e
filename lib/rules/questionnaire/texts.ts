import { CLASH_RULES } from "./clash-rules";
import { QUESTIONNAIRE } from "./index";

/**
 * Every text of the questionnaire a person reads: step titles, prompts, help, who can answer, option labels and
 * the contradiction texts (citations are not among them: they stay as the Act writes them). The catalogues of
 * lib/rules/i18n translate exactly these, and the wizard receives their translations from the server.
 */
export function questionnaireTexts(): string[] {
  const texts = new Set<string>();
  for (const group of QUESTIONNAIRE) {
    texts.add(group.title);
    for (const q of group.questions) {
      texts.add(q.prompt).add(q.help).add(q.whoCanAnswer);
      for (const option of q.options ?? []) texts.add(option.label);
    }
  }
  for (const rule of CLASH_RULES) texts.add(rule.text);
  return [...texts];
}
