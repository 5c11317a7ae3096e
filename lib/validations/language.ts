import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

// "browser" is the radio's value for no choice: the interface then follows the browser's Accept-Language.
export const FOLLOW_BROWSER = "browser";

export const ZMyLanguage = z.object({
  locale: z.enum([FOLLOW_BROWSER, ...LOCALES], "Choose a language, or to follow your browser."),
});
export type TMyLanguage = z.infer<typeof ZMyLanguage>;

export const ZDocumentLanguage = z.object({
  documentLocale: z.enum(LOCALES, "Choose the language documents are written in."),
});
export type TDocumentLanguage = z.infer<typeof ZDocumentLanguage>;
