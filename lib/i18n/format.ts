import type { Locale } from "./locales";

// English keeps en-GB ("5 Dec 2026"), the form every page and test has always shown. Dates are UTC everywhere.
const INTL_TAG: Record<Locale, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR" };

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function cached<F>(map: Map<Locale, F>, locale: Locale, make: (tag: string) => F): F {
  let format = map.get(locale);
  if (!format) {
    format = make(INTL_TAG[locale]);
    map.set(locale, format);
  }
  return format;
}

export function formatDateIn(locale: Locale, value: Date | string | null | undefined): string {
  if (!value) return "—";
  const format = cached(dateFormats, locale, (tag) =>
    Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  );
  return format.format(new Date(value));
}

export function formatDateTimeIn(locale: Locale, value: Date | string | null | undefined): string {
  if (!value) return "—";
  const format = cached(dateTimeFormats, locale, (tag) =>
    Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  );
  return `${format.format(new Date(value))} UTC`;
}

export function formatNumberIn(locale: Locale, value: number): string {
  return cached(numberFormats, locale, (tag) => Intl.NumberFormat(tag)).format(value);
}
