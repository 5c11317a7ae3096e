import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
import { ANNEX_IV_SECTIONS, annexIvSection } from "@/lib/legal/annex-iv";
import { recordDefaults } from "@/lib/legal/form-defaults";
import { legalText, localizeSection } from "@/lib/legal/i18n";
import { loadSystem } from "../../../load-system";
import { saveAnnexIvSectionAction } from "../../actions";
import { loadEditor } from "../../load-editor";

type Props = { params: Promise<{ id: string; section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("LegalEditorPages");
  return { title: t("annexMetaTitle", { number: (await params).section }) };
}

export default async function AnnexIvSectionPage({ params }: Props) {
  const { id, section: raw } = await params;
  const found = /^[1-9]$/.test(raw) ? annexIvSection(Number(raw)) : undefined;
  if (!found) notFound();
  const system = await loadSystem(id);
  const [{ editor, canEdit, draftScope }, t, locale] = await Promise.all([
    loadEditor(system.id, "ANNEX_IV", found.number),
    getTranslations("LegalEditorPages"),
    getLocale() as Promise<Locale>,
  ]);
  // Fields keep their keys (what the record stores); titles, labels and hints are in the reader's language.
  const section = localizeSection(locale, found);
  if (!editor.applicability.applies)
    return (
      <NotApplicable
        title={t("annexTitle")}
        reason={legalText(locale, editor.applicability.reason)}
        systemId={system.id}
      />
    );
  const prev = ANNEX_IV_SECTIONS.find((s) => s.number === section.number - 1);
  const next = ANNEX_IV_SECTIONS.find((s) => s.number === section.number + 1);
  return (
    <div className="space-y-6">
      <EditorHeader
        systemId={system.id}
        title={t("annexHeading", { number: section.number, title: section.title })}
        description={section.summary}
        status={<RecordStatusBadge record={editor.record} />}
        actions={<DocxDownload systemId={system.id} kind="annex-iv" />}
      />
      {!editor.record && canEdit && Object.values(editor.prefill).some(Boolean) && (
        <Alert tone="info" title={t("prefilledTitle")}>
          {t("annexPrefilled")}
        </Alert>
      )}
      <ClientMessages namespaces={["LegalForm"]}>
        <LegalRecordForm
          kind="ANNEX_IV"
          action={saveAnnexIvSectionAction}
          defaultValues={{ ...recordDefaults(system.id, section.fields, editor), section: section.number }}
          groups={[{ title: t("section", { number: section.number, title: section.title }), fields: section.fields }]}
          members={editor.members}
          evidence={editor.evidence}
          systemId={system.id}
          completeLabel={t("annexComplete")}
          readOnly={!canEdit}
          draftKey={draftKey(draftScope, `annex-iv-${section.number}`, system.id)}
        />
      </ClientMessages>
      <nav aria-label={t("otherSections")} className="flex justify-between gap-3 text-sm">
        {prev ? (
          <Link
            className="font-medium text-indigo-800 hover:underline"
            href={`/systems/${system.id}/documentation/annex-iv/${prev.number}`}
          >
            {t("previous", { number: prev.number, title: legalText(locale, prev.title) })}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link
            className="font-medium text-indigo-800 hover:underline"
            href={`/systems/${system.id}/documentation/annex-iv/${next.number}`}
          >
            {t("next", { number: next.number, title: legalText(locale, next.title) })}
          </Link>
        )}
      </nav>
    </div>
  );
}
