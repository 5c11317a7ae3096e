import de from "../messages/de";
import en from "../messages/en";
import fr from "../messages/fr";
import type { Locale } from "../lib/i18n/locales";
import { compileMessages, PRECOMPILED } from "./precompile";

export type AppMessages = typeof en;

const WRITTEN: Record<Locale, AppMessages> = { en, de: de as AppMessages, fr: fr as AppMessages };
const compiled: Partial<Record<Locale, AppMessages>> = {};

// In Next's bundle a language is compiled once per process, on first use; the compiled tree keeps the keys, so code
// that only passes MESSAGES to a translator is the same in both forms.
function messagesFor(locale: Locale): AppMessages {
  if (!PRECOMPILED) return WRITTEN[locale];
  return (compiled[locale] ??= compileMessages(WRITTEN[locale]));
}

// Every language's messages, for the request config and for what renders outside a request (mail, PDFs, jobs).
export const MESSAGES: Record<Locale, AppMessages> = {
  get en() {
    return messagesFor("en");
  },
  get de() {
    return messagesFor("de");
  },
  get fr() {
    return messagesFor("fr");
  },
};
