import type { Locale } from "@/lib/i18n/locales";
import type { ImportField } from "./columns";
import { optionLabelIn } from "./option-names";
import { allowedText, ENUM_COLUMNS } from "./values";

// resolveEnum's refusal ("“maybe” is not an allowed value. Allowed: yes, no, or leave it empty.") in the importer's
// language, the allowed labels as their intake form shows them. The column is found by its allowed list, which is
// the one part of the sentence the data layer builds from it.
const SHAPE = /^“(.*)” is not an allowed value\. (Allowed.*)$/s;
const WORDS = {
  de: {
    lead: (v: string) => `„${v}“ ist kein erlaubter Wert.`,
    one: "Erlaubt:",
    several: "Erlaubt (mehrere, getrennt durch ;):",
    empty: " oder leer lassen",
    yes: "ja",
    no: "nein",
  },
  fr: {
    lead: (v: string) => `« ${v} » n'est pas une valeur admise.`,
    one: "Valeurs admises :",
    several: "Valeurs admises (plusieurs, séparées par ;) :",
    empty: " ou laisser vide",
    yes: "oui",
    no: "non",
  },
} as const;

/** The refusal in `locale` when it is resolveEnum's, else null. */
export function enumRefusalIn(locale: Locale, english: string): string | null {
  if (locale === "en") return null;
  const m = SHAPE.exec(english);
  if (!m) return null;
  const entries = Object.entries(ENUM_COLUMNS) as [ImportField, NonNullable<(typeof ENUM_COLUMNS)[ImportField]>][];
  const found = entries.find(([, column]) => allowedText(column) === m[2]);
  if (!found) return null;
  const [field, column] = found;
  const w = WORDS[locale];
  const values = column.choices.map((c) => {
    if (c.code === "yes" || c.code === "no") return w[c.code];
    return `${c.code} (${optionLabelIn(locale, field, c.code) ?? c.label})`;
  });
  const list = column.emptyAllowed ? `${values.join(", ")}${w.empty}` : values.join(", ");
  return `${w.lead(m[1]!)} ${column.multi ? w.several : w.one} ${list}.`;
}
