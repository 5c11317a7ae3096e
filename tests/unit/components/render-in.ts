import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

// Renders a component as a reader in `locale` sees it, with every message (as a page's ClientMessages would give).
export function renderIn(locale: Locale, element: ReactElement): string {
  const props = { locale, messages: MESSAGES[locale], timeZone: "UTC" };
  return renderToStaticMarkup(
    h(NextIntlClientProvider, props as ComponentProps<typeof NextIntlClientProvider>, element),
  )
    .replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"');
}
