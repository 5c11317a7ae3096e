import type { ValidationCatalogue } from "./types";

// A run of digits, with thousands separators inside it ("4,000"), never the full stop that ends a sentence.
const NUMBER = /\d(?:[\d,.]*\d)?/g;
const GROUP_SEPARATOR = { de: ".", fr: "\u202f" } as Record<string, string>;

/** The key a message is catalogued under: its numbers replaced by "{n}". */
export function validationKey(english: string): string {
  return english.replace(NUMBER, "{n}");
}

// "4,000" is written the English way by the schemas; other languages group thousands their own way.
export function localNumber(locale: string, english: string): string {
  return /^\d{1,3}(,\d{3})+$/.test(english) ? english.replaceAll(",", GROUP_SEPARATOR[locale] ?? ",") : english;
}

/**
 * The message from one language's catalogue, its numbers put back in order; undefined when the catalogue has no
 * entry. Data only, no patterns: the browser gets this with the reader's catalogue (components/i18n/validation-text).
 */
export function catalogueText(catalogue: ValidationCatalogue, locale: string, english: string): string | undefined {
  const exact = catalogue[english];
  if (exact !== undefined) return exact;
  const translated = catalogue[validationKey(english)];
  if (translated === undefined) return undefined;
  const numbers = english.match(NUMBER) ?? [];
  let next = 0;
  return translated.replace(/\{n\}/g, () => localNumber(locale, numbers[next++] ?? ""));
}
