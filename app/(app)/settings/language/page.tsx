import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { MyLanguageForm } from "@/components/settings/language-forms";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getLanguageSettings } from "@/lib/dal/accounts/language";
import { resolveLocale } from "@/lib/i18n/locales";
import { updateMyLanguageAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Language");
  return { title: t("title") };
}

// The person's own language. The organisation's document language is the organisation's, set on its own page.
export default async function LanguageSettingsPage() {
  const [settings, t, languageName, requestHeaders] = await Promise.all([
    getLanguageSettings(await requireActor()),
    getTranslations("Language"),
    getTranslations("LanguageName"),
    headers(),
  ]);
  // What "follow my browser" would give right now, so the choice is not a guess.
  const browserLocale = resolveLocale(null, requestHeaders.get("accept-language"));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {/* The form's own legend names the choice; a card title would say it twice. */}
        <Card>
          <CardBody>
            <MyLanguageForm current={settings.myLocale} browserLocale={browserLocale} save={updateMyLanguageAction} />
          </CardBody>
        </Card>
        <p className="text-sm text-slate-700">
          {t.rich("documentsElsewhere", {
            language: languageName(settings.documentLocale),
            link: (text) => (
              <Link href="/settings" className="font-medium text-indigo-700 underline underline-offset-2">
                {text}
              </Link>
            ),
          })}
        </p>
      </div>
    </>
  );
}
