import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BASE_CLIENT_NAMESPACES } from "@/components/i18n/client-messages";
import { ValidationTextProvider } from "@/components/i18n/validation-text";
import { VALIDATION_CATALOGUES } from "@/lib/validations/i18n";
import "./globals.css";

// Every page is rendered per request so that Next can stamp the proxy's CSP nonce on its scripts.
export const dynamic = "force-dynamic";

// The description search engines and link previews show, in the reader's language like the page itself.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Meta");
  return { title: { default: "Actlas", template: "%s · Actlas" }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  // Client components get only the namespaces they use; a page adds its own with <ClientMessages>.
  const clientMessages = Object.fromEntries(
    BASE_CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]),
  );
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider messages={clientMessages}>
          {/* One language's validation messages as data, for the fields' errors (components/i18n/validation-text). */}
          <ValidationTextProvider locale={locale} catalogue={VALIDATION_CATALOGUES[locale] ?? {}}>
            {children}
          </ValidationTextProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
