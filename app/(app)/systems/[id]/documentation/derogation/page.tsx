import type { Metadata } from "next";
import { draftKey } from "@/components/forms/draft-storage";
import { DocxDownload } from "@/components/legal/docx-download";
import { EditorHeader } from "@/components/legal/editor-header";
import { LegalRecordForm } from "@/components/legal/legal-record-form";
import { NotApplicable } from "@/components/legal/not-applicable";
import { RecordStatusBadge } from "@/components/legal/record-status";
import { SignOffPanel } from "@/components/legal/sign-off-panel";
import { Alert } from "@/components/ui/alert";
import { PROFILING_SIGN_OFF } from "@/lib/legal/profiling";
import {
  DEROGATION_ASSESSMENT_FIELDS,
  DEROGATION_FIELDS,
  DEROGATION_REGISTRATION_FIELDS,
} from "@/lib/legal/derogation-fields";
import { recordDefaults } from "@/lib/legal/form-defaults";
import { formatDate } from "@/lib/utils";
import { loadSystem } from "../../load-system";
import { saveDerogationAction, signOffDerogationAction } from "../actions";
import { loadEditor } from "../load-editor";

export const metadata: Metadata = { title: "Art 6(3) assessment" };

export default async function DerogationPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const { editor, canEdit, draftScope, canSignOff } = await loadEditor(system.id, "DEROGATION");
  if (!editor.applicability.applies)
    return <NotApplicable title="Art 6(3) assessment" reason={editor.applicability.reason} systemId={system.id} />;
  const r = editor.record;
  const profiles = editor.profilingAnswer === true || r?.fields.profiling === "yes";
  const blocker = profiles
    ? PROFILING_SIGN_OFF
    : !r
      ? "Write and save the assessment first."
      : !r.complete
        ? "Complete every required field, tick “Complete” and save; then it can be signed off."
        : null;
  return (
    <div className="space-y-6">
      <EditorHeader
        systemId={system.id}
        title="Art 6(3) assessment and registration data"
        description="An Annex III system is not high-risk where one of the Art 6(3) conditions holds and it does not profile natural persons. The provider documents the assessment before placing the system on the market (Art 6(4)) and registers it in the EU database (Art 49(2), Annex VIII Section B)."
        status={<RecordStatusBadge record={r} signOff />}
        actions={<DocxDownload systemId={system.id} kind="derogation" />}
      />
      {profiles && (
        <Alert tone="error" title="The derogation is unavailable: this system profiles natural persons">
          {editor.profilingAnswer === true
            ? "The classification questionnaire says the system profiles natural persons. "
            : "This assessment's profiling check says the system profiles natural persons. "}
          An Annex III system that profiles natural persons is always high-risk (Art 6(3), third subparagraph), so the
          assessment cannot be completed or signed off. Treat the system as high-risk, or correct the answer if it is
          wrong.
        </Alert>
      )}
      {r?.signedOffAt && (
        <Alert tone="info" title="Signed off">
          Saving a change clears legal&apos;s sign-off, and the classification puts the derogation under review again
          until it is signed off anew.
        </Alert>
      )}
      <LegalRecordForm
        kind="DEROGATION"
        action={saveDerogationAction}
        defaultValues={recordDefaults(system.id, DEROGATION_FIELDS, editor)}
        groups={[
          {
            title: "Assessment",
            description: "The condition relied on, why it holds, and the profiling check.",
            fields: DEROGATION_ASSESSMENT_FIELDS,
          },
          {
            title: "EU database registration (Annex VIII Section B)",
            description:
              "As amended: name and contacts, trade name, intended purpose, the condition relied on, and status.",
            fields: DEROGATION_REGISTRATION_FIELDS,
          },
        ]}
        members={editor.members}
        evidence={editor.evidence}
        systemId={system.id}
        completeLabel="The assessment and the registration data are complete and ready for legal's sign-off."
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
            r.signedOffAt ? { by: r.signedOffByName ?? "a former member", at: formatDate(r.signedOffAt) } : null
          }
          action={signOffDerogationAction}
        />
      )}
    </div>
  );
}
