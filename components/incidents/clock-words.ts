import { useLocale, useTranslations } from "next-intl";
import { clockWords, type ClockTranslator } from "@/lib/incidents/clock-words";
import type { Locale } from "@/lib/i18n/locales";

/** The Art 73 clock in the reader's language. A hook, so server and client components share it. */
export function useClockWords() {
  const t = useTranslations("IncidentClock");
  return clockWords(t as ClockTranslator, useLocale() as Locale);
}
