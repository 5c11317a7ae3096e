import { csvHeaderIn } from "@/lib/csv/header-i18n";
import { csvValueIn } from "@/lib/csv/value-i18n";
import type { Locale } from "@/lib/i18n/locales";
import { validationText } from "@/lib/validations/i18n";

type RowError = { row: number; column: string; value: string; message: string };

/**
 * An import's row problems as the importer reads them: the column by the name their language's export gives it,
 * the problem in their words. The value stays the file's own. The data layer keeps English for the REST API.
 */
export function rowErrorsIn<E extends RowError>(locale: Locale, errors: E[]): E[] {
  if (locale === "en") return errors;
  return errors.map((e) => ({
    ...e,
    column: csvHeaderIn(locale, [e.column])[0] ?? e.column,
    message: notKnownIn(locale, e.message) ?? validationText(locale, e.message),
  }));
}

// The "not one of these" refusal (lib/validations/risks-csv.ts enumCell): its allowed values are the register's fixed
// words, said as the reader's export and pages say them.
const NOT_KNOWN = /^Not a known value\. Allowed: (.+)\.$/;
const LEAD: Partial<Record<Locale, string>> = {
  de: "Kein bekannter Wert. Erlaubt:",
  fr: "Valeur inconnue. Valeurs admises :",
};

function notKnownIn(locale: Locale, english: string): string | null {
  const listed = NOT_KNOWN.exec(english)?.[1];
  const lead = LEAD[locale];
  if (listed === undefined || !lead) return null;
  return `${lead} ${listed
    .split(", ")
    .map((value) => csvValueIn(locale, value))
    .join(", ")}.`;
}
