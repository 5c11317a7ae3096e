import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { draftKey } from "@/components/forms/draft-storage";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DocxDownload } from "@/components/legal/docx-download";
import { EditorHeader } from "@/components/legal/editor-header";
import { LegalRecordForm } from "@/components/legal/legal-record-form";
import { NotApplicable } from "@/components/legal/not-applicable";
import { RecordStatusBadge } from "@/components/legal/record-status";
import { SignOffPanel } from "@/components/legal/sign-off-panel";
import { Alert } from "@/components/ui/alert";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { PROFILING_SIGN_OFF } from "@/lib/legal/profiling";
import {
  DEROGATION_ASSESSMENT_FIELDS,
  DEROGATION_FIELDS,
  DEROGATION_REGISTRATION_FIELDS,
} from "@/lib/legal/derogation-fields";
import { recordDefaults } from "@/lib/legal/form-defaults";
import { legalText, localizeFields } from "@/lib/legal/i18n";
import { loadSystem } from "../../load-system";
import { saveDerogationAction, signOffDerogationAction } from "../actions";
import { loadEditor } from "../load-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LegalEditorPages");
  return { title: t("derogationTitle") };
}

export default async function DerogationPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const [{ editor, canEdit, draftScope, canSignOff }, t, locale] = await Promise.all([
    loadEditor(system.id, "DEROGATION"),
    getTranslations("LegalEditorPages"),
    getLocale() as Promise<Locale>,
  ]);
  if (!editor.applicability.applies)
    return (
      <NotApplicable
        title={t("derogationTitle")}
        reason={legalText(locale, editor.applicability.reason)}
        systemId={system.id}
      />
    );
  const r = editor.record;
  const profiles = editor.profilingAnswer === true || r?.fields.profiling === "yes";
  const blocker = profiles
    ? legalText(locale, PROFILING_SIGN_OFF)
    : !r
      ? t("writeFirst")
      : !r.complete
        ? t("completeFirst")
        : null;
  return (
    <div className="space-y-6">
      <EditorHeader
        systemId={system.id}
        title={t("derogationHeading")}
        description={t("derogationDescription")}
        status={<RecordStatusBadge record={r} signOff />}
        actions={<DocxDownload systemId={system.id} kind="derogation" />}
      />
      {profiles && (
        <Alert tone="error" title={t("profilingTitle")}>
          {editor.profilingAnswer === true ? t("profilingQuestionnaire") : t("profilingAssessment")}{" "}
          {t("profilingBody")}
        </Alert>
      )}
      {r?.signedOffAt && (
        <Alert tone="info" title={t("signedOffTitle")}>
          {t("signedOffBody")}
        </Alert>
      )}
      <ClientMessages namespaces={["LegalForm", "LegalSignOff"]}>
        <LegalRecordForm
          kind="DEROGATION"
          action={saveDerogationAction}
          defaultValues={recordDefaults(system.id, DEROGATION_FIELDS, editor)}
          groups={[
            {
              title: t("assessmentGroup"),
              description: t("derogationAssessmentDescription"),
              fields: localizeFields(locale, DEROGATION_ASSESSMENT_FIELDS),
            },
            {
              title: t("registrationGroup"),
              description: t("registrationGroupDescription"),
              fields: localizeFields(locale, DEROGATION_REGISTRATION_FIELDS),
            },
          ]}
          members={editor.members}
          evidence={editor.evidence}
          systemId={system.id}
          completeLabel={t("derogationComplete")}
          readOnly={!canEdit}
          draftKey={draftKey(draftScope, "derogation", system.id)}
        />
        {r && (
          <SignOffPanel
            systemId={system.id}
            version={r.version}
            canSignOff={canSignOff}
            blocker={r.signedOffAt ? null : blocker}
            signedOff={
              r.signedOffAt
                ? { by: r.signedOffByName ?? t("formerMember"), at: formatDateIn(locale, r.signedOffAt) }
                : null
            }
            action={signOffDerogationAction}
          />
        )}
      </ClientMessages>
    </div>
  );
}
