import { ACCOUNT_MESSAGES_DE, ACCOUNT_MESSAGES_FR } from "./accounts";
import { DE } from "./de";
import { errorPatternText } from "./error-patterns";
import { ERROR_MESSAGES_DE } from "./errors-de";
import { ERROR_MESSAGES_FR } from "./errors-fr";
import { FORM_MESSAGES_DE, FORM_MESSAGES_FR } from "./forms";
import { FR } from "./fr";
import { RECORD_MESSAGES_DE, RECORD_MESSAGES_FR } from "./records";
import { catalogueText } from "./translate";
import type { ValidationCatalogue } from "./types";

export type { ValidationCatalogue } from "./types";
export { validationKey } from "./translate";

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

/** The message in `locale`; English, or a message no catalogue has yet, is returned as it is. */
export function validationText(locale: string, english: string): string {
  const catalogue = VALIDATION_CATALOGUES[locale];
  if (!catalogue) return english;
  return catalogueText(catalogue, locale, english) ?? errorPatternText(locale, english) ?? english;
}
