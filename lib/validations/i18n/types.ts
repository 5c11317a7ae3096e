import type { Locale } from "@/lib/i18n/locales";

/** English message (numbers written as "{n}") → the same message in one language, with the same "{n}"s in order. */
export type ValidationCatalogue = Readonly<Record<string, string>>;

type Say = (m: RegExpExecArray, locale: Locale) => string;

/** A refusal that names a record, a person or a time: its English shape, and how each language says it. */
export type Pattern = { english: RegExp; de: Say; fr: Say };
