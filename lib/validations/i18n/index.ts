import { ACCOUNT_MESSAGES_DE, ACCOUNT_MESSAGES_FR } from "./accounts";
import { DE } from "./de";
import { DOSSIER_MESSAGES_DE, DOSSIER_MESSAGES_FR } from "./dossier";
import { DEPLOYER_PACK_MESSAGES_DE, DEPLOYER_PACK_MESSAGES_FR } from "./deployer-pack";
import { errorPatternText } from "./error-patterns";
import { ERROR_MESSAGES_DE } from "./errors-de";
import { ERROR_MESSAGES_FR } from "./errors-fr";
import { FORM_MESSAGES_DE, FORM_MESSAGES_FR } from "./forms";
import { FIELD_MESSAGES_DE } from "./fields-de";
import { FIELD_MESSAGES_FR } from "./fields-fr";
import { fileCheckText } from "./file-checks";
import { FR } from "./fr";
import { importProblemText } from "./import-problems";
import { RECORD_MESSAGES_DE, RECORD_MESSAGES_FR } from "./records";
import { ROUTE_MESSAGES_DE, ROUTE_MESSAGES_FR } from "./routes";
import { ruleRefusalText } from "./rule-refusals";
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
  de: {
    ...DE,
    ...FORM_MESSAGES_DE,
    ...ACCOUNT_MESSAGES_DE,
    ...ERROR_MESSAGES_DE,
    ...RECORD_MESSAGES_DE,
    ...ROUTE_MESSAGES_DE,
    ...DOSSIER_MESSAGES_DE,
    ...DEPLOYER_PACK_MESSAGES_DE,
    ...FIELD_MESSAGES_DE,
  },
  fr: {
    ...FR,
    ...FORM_MESSAGES_FR,
    ...ACCOUNT_MESSAGES_FR,
    ...ERROR_MESSAGES_FR,
    ...RECORD_MESSAGES_FR,
    ...ROUTE_MESSAGES_FR,
    ...DOSSIER_MESSAGES_FR,
    ...DEPLOYER_PACK_MESSAGES_FR,
    ...FIELD_MESSAGES_FR,
  },
};

/** The message in `locale`; English, or a message no catalogue has yet, is returned as it is. */
export function validationText(locale: string, english: string): string {
  const catalogue = VALIDATION_CATALOGUES[locale];
  if (!catalogue) return english;
  return (
    catalogueText(catalogue, locale, english) ??
    importProblemText(locale, english, (sentence) => validationText(locale, sentence)) ??
    fileCheckText(locale, english) ??
    ruleRefusalText(locale, english) ??
    errorPatternText(locale, english) ??
    english
  );
}

type FieldErrors = Record<string, string[] | undefined>;

/**
 * A refusal's message and field errors in `locale`, for a server action's result and a route handler's answer alike:
 * both are worded in English by the schemas and the data layer, and read by a person in their own language.
 */
export function refusalIn<F extends FieldErrors | undefined>(
  locale: string,
  message: string,
  fieldErrors: F,
): { message: string; fieldErrors: F } {
  if (!VALIDATION_CATALOGUES[locale]) return { message, fieldErrors };
  const say = (english: string) => validationText(locale, english);
  const translated =
    fieldErrors &&
    Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, (messages ?? []).map(say)]));
  return { message: say(message), fieldErrors: translated as F };
}
