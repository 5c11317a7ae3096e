import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** formatDateTime's English ("5 Dec 2026, 14:03 UTC") read back and written the reader's way. */
export function when(locale: Locale, english: string): string {
  const parsed = new Date(english.replace(",", ""));
  return Number.isNaN(parsed.getTime()) ? english : formatDateTimeIn(locale, parsed);
}
