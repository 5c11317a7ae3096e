import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { draftKey } from "@/components/forms/draft-storage";
import { DocxDownload } from "@/components/legal/docx-download";
import { EditorHeader } from "@/components/legal/editor-header";
import { LegalRecordForm } from "@/components/legal/legal-record-form";
import { NotApplicable } from "@/components/legal/not-applicable";
import { RecordStatusBadge } from "@/components/legal/record-status";
import { Alert } from "@/components/ui/alert";
import { ANNEX_IV_SECTIONS, annexIvSection } from "@/lib/legal/annex-iv";
import { recordDefaults } from "@/lib/legal/form-defaults";
import { loadSystem } from "../../../load-system";
import { saveAnnexIvSectionAction } from "../../actions";
import { loadEditor } from "../../load-editor";

type Props = { params: Promise<{ id: string; section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Annex IV section ${(await params).section}` };
}

export default async function AnnexIvSectionPage({ params }: Props) {
  const { id, section: raw } = await params;
  const section = /^[1-9]$/.test(raw) ? annexIvSection(Number(raw)) : undefined;
  if (!section) notFound();
  const system = await loadSystem(id);
  const { editor, canEdit, draftScope } = await loadEditor(system.id, "ANNEX_IV", section.number);
  const title = `Annex IV section ${section.number}: ${section.title}`;
  if (!editor.applicability.applies)
    return (
      <NotApplicable
        title="Annex IV technical documentation"
        reason={editor.applicability.reason}
        systemId={system.id}
      />
    );
  const prev = ANNEX_IV_SECTIONS.find((s) => s.number === section.number - 1);
  const next = ANNEX_IV_SECTIONS.find((s) => s.number === section.number + 1);
  return (
    <div className="space-y-6">
      <EditorHeader
        systemId={system.id}
        title={title}
        description={section.summary}
        status={<RecordStatusBadge record={editor.record} />}
        actions={<DocxDownload systemId={system.id} kind="annex-iv" />}
      />
      {!editor.record && canEdit && Object.values(editor.prefill).some(Boolean) && (
        <Alert tone="info" title="Pre-filled from the intake">
          Some points start from what the intake, the linked models and the datasets say. Check and complete them;
          nothing is saved until you choose Save.
        </Alert>
      )}
      <LegalRecordForm
        kind="ANNEX_IV"
        action={saveAnnexIvSectionAction}
        defaultValues={{ ...recordDefaults(system.id, section.fields, editor), section: section.number }}
        groups={[{ title: `Section ${section.number}. ${section.title}`, fields: section.fields }]}
        members={editor.members}
        evidence={editor.evidence}
        systemId={system.id}
        completeLabel="Every required point of this section is written down."
        readOnly={!canEdit}
        draftKey={draftKey(draftScope, `annex-iv-${section.number}`, system.id)}
      />
      <nav aria-label="Other Annex IV sections" className="flex justify-between gap-3 text-sm">
        {prev ? (
          <Link
            className="font-medium text-indigo-800 hover:underline"
            href={`/systems/${system.id}/documentation/annex-iv/${prev.number}`}
          >
            ← Section {prev.number}. {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link
            className="font-medium text-indigo-800 hover:underline"
            href={`/systems/${system.id}/documentation/annex-iv/${next.number}`}
          >
            Section {next.number}. {next.title} →
          </Link>
        )}
      </nav>
    </div>
  );
}
