import de from "../messages/de";
import en from "../messages/en";
import fr from "../messages/fr";
import type { Locale } from "../lib/i18n/locales";

export type AppMessages = typeof en;

// Every language's messages, for the request config and for what renders outside a request (mail, PDFs, jobs).
export const MESSAGES: Record<Locale, AppMessages> = { en, de: de as AppMessages, fr: fr as AppMessages };
