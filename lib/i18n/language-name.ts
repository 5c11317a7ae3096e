import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "./locales";

// "auf Englisch", "en anglais": a language named inside a sentence takes the word the sentence's language has for it,
// while LOCALE_NAMES names each language in itself, for pickers. Keys of LanguageName: "en", "de", "fr".
export function languageNameIn(reader: Locale, language: Locale): string {
  return createTranslator({ locale: reader, messages: MESSAGES[reader], namespace: "LanguageName" })(language);
}
