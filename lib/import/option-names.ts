import { LOCALES } from "@/lib/i18n/locales";
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

let words: Words[] | null = null;

/** The option's label in every language other than English (English is the column's own). */
export function optionNames(field: ImportField, code: string): string[] {
  const pick = PICK[field];
  if (!pick) return [];
  words ??= LOCALES.filter((locale) => locale !== "en").map(optionWords);
  return words.map((w) => pick(w)(code));
}
