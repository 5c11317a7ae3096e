import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";
import { formatDateIn, formatDateTimeIn } from "./i18n/format";
import { DEFAULT_LOCALE } from "./i18n/locales";

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

// English formatting, which every page that is not localised yet shows; lib/i18n/format.ts has the other languages.
export function formatDate(value: Date | string | null | undefined): string {
  return formatDateIn(DEFAULT_LOCALE, value);
}

export function formatDateTime(value: Date | string | null | undefined): string {
  return formatDateTimeIn(DEFAULT_LOCALE, value);
}
