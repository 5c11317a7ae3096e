import { getTranslations } from "next-intl/server";
import { DocumentLanguageForm } from "@/components/settings/language-forms";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { LanguageSettingsDTO } from "@/lib/dal/accounts/language";
import { updateDocumentLanguageAction } from "./language/actions";

// The organisation's document language, on the organisation's settings: it is the organisation's, not the person's.
export async function DocumentLanguageCard({ settings }: { settings: LanguageSettingsDTO }) {
  const [t, languageName] = await Promise.all([getTranslations("Language"), getTranslations("LanguageName")]);
  return (
    <Card>
      <CardHeader title={t("documentsTitle")} description={t("documentsDescription")} />
      <CardBody>
        {settings.canChangeDocumentLocale ? (
          <DocumentLanguageForm current={settings.documentLocale} save={updateDocumentLanguageAction} />
        ) : (
          <p className="text-sm text-slate-700">
            {t("onlyAdmins", { language: languageName(settings.documentLocale) })}
          </p>
        )}
      </CardBody>
    </Card>
  );
}
