import type { Metadata } from "next";
import { EvidenceLinkForm } from "@/components/evidence/evidence-link-form";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { EvidenceUploadForm } from "@/components/evidence/evidence-upload-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listSystemEvidence } from "@/lib/dal/obligations/evidence";
import { listSystemObligations } from "@/lib/dal/obligations/obligations";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { loadSystem } from "../load-system";
import { addEvidenceLinkAction } from "./actions";
import { countPhrase } from "@/lib/plural";

export const metadata: Metadata = { title: "Evidence" };

export default async function SystemEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [evidence, obligations, viewer] = await Promise.all([
    listSystemEvidence(actor, system.id),
    listSystemObligations(actor, system.id),
    getViewer(actor),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "evidence.write");
  const options = obligations
    .filter((o) => !o.obsoleteAt)
    .map((o) => ({ id: o.id, label: `${o.article} · ${o.title}` }));
  const files = evidence.filter((e) => e.kind === "FILE").length;
  return (
    <div className="space-y-6">
      {canWrite && (
        <Card>
          <CardHeader
            title="Add evidence"
            description="Files are stored with their SHA-256 fingerprint; uploading to an existing item adds a version and keeps the earlier ones."
          />
          <CardBody className="grid gap-8 lg:grid-cols-2">
            <section aria-labelledby="upload-heading">
              <h3 id="upload-heading" className="mb-3 text-sm font-semibold text-slate-900">
                Upload a file
              </h3>
              <EvidenceUploadForm systemId={system.id} obligations={options} />
            </section>
            <section aria-labelledby="link-heading">
              <h3 id="link-heading" className="mb-3 text-sm font-semibold text-slate-900">
                Add a link
              </h3>
              <EvidenceLinkForm systemId={system.id} obligations={options} action={addEvidenceLinkAction} />
            </section>
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader
          title="Evidence"
          description={
            evidence.length
              ? `${countPhrase(files, "file")} and ${countPhrase(evidence.length - files, "link")} for this system and its obligations.`
              : "Files and links that show this system meets its obligations."
          }
        />
        <CardBody>
          <EvidenceList items={evidence} systemId={system.id} canWrite={canWrite} showObligation />
        </CardBody>
      </Card>
    </div>
  );
}
