import { ACCOUNT_MESSAGES_DE, ACCOUNT_MESSAGES_FR } from "./accounts";
import { DE } from "./de";
import { errorPatternText } from "./error-patterns";
import { ERROR_MESSAGES_DE } from "./errors-de";
import { ERROR_MESSAGES_FR } from "./errors-fr";
import { FORM_MESSAGES_DE, FORM_MESSAGES_FR } from "./forms";
import { FR } from "./fr";
import { RECORD_MESSAGES_DE, RECORD_MESSAGES_FR } from "./records";
import type { ValidationCatalogue } from "./types";

export type { ValidationCatalogue } from "./types";

/**
 * The schemas speak English: the REST API answers in English whoever calls it, and one schema serves the form and
 * the server. Their messages are translated where a person reads them (next to a field, in an action's error), keyed
 * by the English text as lib/rules/i18n does. Numbers are not part of a key: "Use at most 200 characters." and "Use
 * at most 4,000 characters." are both "Use at most {n} characters.", so a new limit needs no new entry.
 * Keyed by the interface's locale codes (lib/i18n/locales.ts); English has no catalogue.
 */
export const VALIDATION_CATALOGUES: Record<string, ValidationCatalogue> = {
  de: { ...DE, ...FORM_MESSAGES_DE, ...ACCOUNT_MESSAGES_DE, ...ERROR_MESSAGES_DE, ...RECORD_MESSAGES_DE },
  fr: { ...FR, ...FORM_MESSAGES_FR, ...ACCOUNT_MESSAGES_FR, ...ERROR_MESSAGES_FR, ...RECORD_MESSAGES_FR },
};

// A run of digits, with thousands separators inside it ("4,000"), never the full stop that ends a sentence.
const NUMBER = /\d(?:[\d,.]*\d)?/g;
const GROUP_SEPARATOR = { de: ".", fr: "\u202f" } as Record<string, string>;

/** The key a message is catalogued under: its numbers replaced by "{n}". */
export function validationKey(english: string): string {
  return english.replace(NUMBER, "{n}");
}

// "4,000" is written the English way by the schemas; other languages group thousands their own way.
function localNumber(locale: string, english: string): string {
  return /^\d{1,3}(,\d{3})+$/.test(english) ? english.replaceAll(",", GROUP_SEPARATOR[locale] ?? ",") : english;
}

/** The message in `locale`; English, or a message no catalogue has yet, is returned as it is. */
export function validationText(locale: string, english: string): string {
  const catalogue = VALIDATION_CATALOGUES[locale];
  if (!catalogue) return english;
  const exact = catalogue[english];
  if (exact !== undefined) return exact;
  const translated = catalogue[validationKey(english)];
  if (translated === undefined) return errorPatternText(locale, english) ?? english;
  const numbers = english.match(NUMBER) ?? [];
  let next = 0;
  return translated.replace(/\{n\}/g, () => localNumber(locale, numbers[next++] ?? ""));
}
