import { ENGINE as DE_ENGINE, ENGINE_PATTERNS as DE_ENGINE_PATTERNS } from "./de/engine";
import { QUESTIONNAIRE as DE_QUESTIONNAIRE } from "./de/questionnaire";
import { ENGINE as FR_ENGINE, ENGINE_PATTERNS as FR_ENGINE_PATTERNS } from "./fr/engine";
import { QUESTIONNAIRE as FR_QUESTIONNAIRE } from "./fr/questionnaire";
import type { Catalogue, CataloguePattern } from "./types";

export type { Catalogue, CataloguePattern } from "./types";

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

/** Texts the engine builds from dates and lists, tried when no catalogue holds the whole text. */
export const RULE_PATTERNS: Record<string, readonly CataloguePattern[]> = {
  de: DE_ENGINE_PATTERNS,
  fr: FR_ENGINE_PATTERNS,
};

/** The text in `locale`; English, or a text no catalogue has yet, is returned as it is. */
export function ruleText(locale: string, english: string): string {
  return lookUp(locale, english).text;
}

/** Whether `locale` has the whole text, every part of a built one included (English always has). */
export function hasRuleText(locale: string, english: string): boolean {
  return locale === "en" || lookUp(locale, english).complete;
}

function lookUp(locale: string, english: string): { text: string; complete: boolean } {
  const whole = RULE_CATALOGUES[locale]?.[english];
  if (whole !== undefined) return { text: whole, complete: true };
  for (const pattern of RULE_PATTERNS[locale] ?? []) {
    const match = pattern.english.exec(english);
    if (!match) continue;
    let complete = true;
    const parts = Array.from({ length: 3 }, (_, i) => match[i + 1] ?? "") as [string, string, string];
    const text = pattern.render(parts, (part) => {
      const found = lookUp(locale, part);
      if (!found.complete) complete = false;
      return found.text;
    });
    return { text, complete };
  }
  return { text: english, complete: false };
}
