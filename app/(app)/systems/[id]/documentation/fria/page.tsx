import type { Metadata } from "next";
import { draftKey } from "@/components/forms/draft-storage";
import { DocxDownload } from "@/components/legal/docx-download";
import { EditorHeader } from "@/components/legal/editor-header";
import { LegalRecordForm } from "@/components/legal/legal-record-form";
import { NotApplicable } from "@/components/legal/not-applicable";
import { RecordStatusBadge } from "@/components/legal/record-status";
import { Alert } from "@/components/ui/alert";
import { recordDefaults } from "@/lib/legal/form-defaults";
import { FRIA_ASSESSMENT_FIELDS, FRIA_FIELDS, FRIA_NOTIFICATION_FIELDS } from "@/lib/legal/fria-fields";
import { loadSystem } from "../../load-system";
import { saveFriaAction } from "../actions";
import { loadEditor } from "../load-editor";

export const metadata: Metadata = { title: "Fundamental rights impact assessment" };

export default async function FriaPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const { editor, canEdit, draftScope } = await loadEditor(system.id, "FRIA");
  if (!editor.applicability.applies)
    return (
      <NotApplicable
        title="Fundamental rights impact assessment"
        reason={editor.applicability.reason}
        systemId={system.id}
      />
    );
  return (
    <div className="space-y-6">
      <EditorHeader
        systemId={system.id}
        title="Fundamental rights impact assessment (Art 27)"
        description={editor.applicability.reason}
        status={<RecordStatusBadge record={editor.record} />}
        actions={<DocxDownload systemId={system.id} kind="fria" />}
      />
      {!editor.record && canEdit && (
        <Alert tone="info" title="Pre-filled from the intake">
          The processes, period of use, affected groups and human oversight start from what the intake says. Check and
          complete them; nothing is saved until you choose Save.
        </Alert>
      )}
      <LegalRecordForm
        kind="FRIA"
        action={saveFriaAction}
        defaultValues={recordDefaults(system.id, FRIA_FIELDS, editor)}
        groups={[
          {
            title: "Assessment",
            description: "The contents required by Art 27(1)(a)–(f).",
            fields: FRIA_ASSESSMENT_FIELDS,
          },
          {
            title: "Notification to the market surveillance authority",
            description: "Art 27(3): a note of when and to whom the results were sent.",
            fields: FRIA_NOTIFICATION_FIELDS,
          },
        ]}
        members={editor.members}
        evidence={editor.evidence}
        systemId={system.id}
        completeLabel="The assessment covers points (a) to (f). The notification may follow later."
        readOnly={!canEdit}
        draftKey={draftKey(draftScope, "fria", system.id)}
      />
    </div>
  );
}
