import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { draftKey } from "@/components/forms/draft-storage";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DocxDownload } from "@/components/legal/docx-download";
import { EditorHeader } from "@/components/legal/editor-header";
import { LegalRecordForm } from "@/components/legal/legal-record-form";
import { NotApplicable } from "@/components/legal/not-applicable";
import { RecordStatusBadge } from "@/components/legal/record-status";
import { Alert } from "@/components/ui/alert";
import type { Locale } from "@/lib/i18n/locales";
import { recordDefaults } from "@/lib/legal/form-defaults";
import { FRIA_ASSESSMENT_FIELDS, FRIA_FIELDS, FRIA_NOTIFICATION_FIELDS } from "@/lib/legal/fria-fields";
import { legalText, localizeFields } from "@/lib/legal/i18n";
import { loadSystem } from "../../load-system";
import { saveFriaAction } from "../actions";
import { loadEditor } from "../load-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LegalEditorPages");
  return { title: t("friaTitle") };
}

export default async function FriaPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const [{ editor, canEdit, draftScope }, t, locale] = await Promise.all([
    loadEditor(system.id, "FRIA"),
    getTranslations("LegalEditorPages"),
    getLocale() as Promise<Locale>,
  ]);
  const reason = legalText(locale, editor.applicability.reason);
  if (!editor.applicability.applies)
    return <NotApplicable title={t("friaTitle")} reason={reason} systemId={system.id} />;
  return (
    <div className="space-y-6">
      <EditorHeader
        systemId={system.id}
        title={t("friaHeading")}
        description={reason}
        status={<RecordStatusBadge record={editor.record} />}
        actions={<DocxDownload systemId={system.id} kind="fria" />}
      />
      {!editor.record && canEdit && (
        <Alert tone="info" title={t("prefilledTitle")}>
          {t("friaPrefilled")}
        </Alert>
      )}
      <ClientMessages namespaces={["LegalForm"]}>
        <LegalRecordForm
          kind="FRIA"
          action={saveFriaAction}
          defaultValues={recordDefaults(system.id, FRIA_FIELDS, editor)}
          groups={[
            {
              title: t("assessmentGroup"),
              description: t("friaAssessmentDescription"),
              fields: localizeFields(locale, FRIA_ASSESSMENT_FIELDS),
            },
            {
              title: t("notificationGroup"),
              description: t("notificationGroupDescription"),
              fields: localizeFields(locale, FRIA_NOTIFICATION_FIELDS),
            },
          ]}
          members={editor.members}
          evidence={editor.evidence}
          systemId={system.id}
          completeLabel={t("friaComplete")}
          readOnly={!canEdit}
          draftKey={draftKey(draftScope, "fria", system.id)}
        />
      </ClientMessages>
    </div>
  );
}
