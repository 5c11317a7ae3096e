import { getTranslations } from "next-intl/server";
import { DocumentLanguageForm } from "@/components/settings/language-forms";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { LanguageSettingsDTO } from "@/lib/dal/accounts/language";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { updateDocumentLanguageAction } from "./language/actions";

// The organisation's document language, on the organisation's settings: it is the organisation's, not the person's.
export async function DocumentLanguageCard({ settings }: { settings: LanguageSettingsDTO }) {
  const t = await getTranslations("Language");
  return (
    <Card>
      <CardHeader title={t("documentsTitle")} description={t("documentsDescription")} />
      <CardBody>
        {settings.canChangeDocumentLocale ? (
          <DocumentLanguageForm current={settings.documentLocale} save={updateDocumentLanguageAction} />
        ) : (
          <p className="text-sm text-slate-700">
            {t("onlyAdmins", { language: LOCALE_NAMES[settings.documentLocale] })}
          </p>
        )}
      </CardBody>
    </Card>
  );
}
