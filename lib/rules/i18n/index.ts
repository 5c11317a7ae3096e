import { ENGINE as DE_ENGINE } from "./de/engine";
import { QUESTIONNAIRE as DE_QUESTIONNAIRE } from "./de/questionnaire";
import { ENGINE as FR_ENGINE } from "./fr/engine";
import { QUESTIONNAIRE as FR_QUESTIONNAIRE } from "./fr/questionnaire";
import type { Catalogue } from "./types";

export type { Catalogue } from "./types";

/**
 * The rule set and the engine speak English, and a classification snapshot stores what they said: it stays
 * language-neutral, so a dossier's hash does not depend on who reads it. Texts are translated when they are shown,
 * keyed by the English text itself (as gettext does), so a text that depends on an answer needs no key of its own.
 * Each catalogue is data beside the rule set; lib/rules/glossary holds the legal terms they must use.
 * Keyed by the interface's locale codes (lib/i18n/locales.ts), like GLOSSARIES; English has no catalogue.
 */
export const RULE_CATALOGUES: Record<string, Catalogue> = {
  de: { ...DE_QUESTIONNAIRE, ...DE_ENGINE },
  fr: { ...FR_QUESTIONNAIRE, ...FR_ENGINE },
};

/** The text in `locale`; English, or a text no catalogue has yet, is returned as it is. */
export function ruleText(locale: string, english: string): string {
  return RULE_CATALOGUES[locale]?.[english] ?? english;
}
