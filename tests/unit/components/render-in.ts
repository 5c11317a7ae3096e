import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ValidationTextProvider } from "@/components/i18n/validation-text";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { VALIDATION_CATALOGUES } from "@/lib/validations/i18n";

// Renders a component as a reader in `locale` sees it, with every message (as a page's ClientMessages would give) and
// the reader's validation catalogue (as the root layout gives).
export function renderIn(locale: Locale, element: ReactElement): string {
  const props = { locale, messages: MESSAGES[locale], timeZone: "UTC" };
  return renderToStaticMarkup(
    h(
      NextIntlClientProvider,
      props as ComponentProps<typeof NextIntlClientProvider>,
      h(ValidationTextProvider, { locale, catalogue: VALIDATION_CATALOGUES[locale] ?? {}, children: element }),
    ),
  )
    .replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"');
}
