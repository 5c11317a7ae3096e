import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { optionWords } from "@/lib/pdf/option-words";
import type { ImportField } from "./columns";

// What the intake form shows for an option in each language (the same words a dossier prints), so a person who
// copies the label from a German or French form into the file is understood: the column's hint promises "a code or
// the label the form shows".
type Words = ReturnType<typeof optionWords>;
const PICK: Partial<Record<ImportField, (words: Words) => (code: string) => string>> = {
  sourcing: (w) => w.sourcing,
  lifecycleStage: (w) => w.lifecycle,
  automationLevel: (w) => w.automation,
  dataCategories: (w) => w.dataCategory,
  affectedPersons: (w) => w.affectedGroup,
  memberStates: (w) => w.memberState,
};

const WORDS = new Map<Locale, Words>();
const wordsIn = (locale: Locale): Words => {
  let words = WORDS.get(locale);
  if (!words) WORDS.set(locale, (words = optionWords(locale)));
  return words;
};

/** The option's label in every language other than English (English is the column's own). */
export function optionNames(field: ImportField, code: string): string[] {
  const pick = PICK[field];
  if (!pick) return [];
  return LOCALES.filter((locale) => locale !== "en").map((locale) => pick(wordsIn(locale))(code));
}

/** The option's label as the form shows it in `locale`, or null for a column whose values have no words. */
export function optionLabelIn(locale: Locale, field: ImportField, code: string): string | null {
  const pick = PICK[field];
  return pick ? pick(wordsIn(locale))(code) : null;
}
