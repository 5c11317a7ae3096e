import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ImageText } from "./markdown-blocks";

// The PDF names a policy's pictures with the page's words (PolicyPage.image), in the document's language.
export function imageTextIn(locale: Locale): ImageText {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "PolicyPage" });
  return (alt) => (alt ? t("imageWithText", { alt }) : t("image"));
}
