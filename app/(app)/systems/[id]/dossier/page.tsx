import type { Metadata } from "next";
import Link from "next/link";
import { DossierVersionList } from "@/components/dossier/dossier-version-list";
import { ExportDossierButton } from "@/components/dossier/export-dossier-button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { dossierGapsOf, listDossiers } from "@/lib/dal/dossiers/dossiers";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { loadSystem } from "../load-system";
import { attestDossierAction, exportDossierAction } from "./actions";

export const metadata: Metadata = { title: "Dossier" };

export default async function SystemDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [versions, viewer, gaps] = await Promise.all([
    listDossiers(actor, system.id),
    getViewer(actor),
    dossierGapsOf(actor, system.id),
  ]);
  const canAttest = !!viewer.role && can(viewer.role, "classification.review");
  // Sealing a version records it in the viewer's name: a write, not offered to read-only roles.
  const canSeal = !!viewer.role && can(viewer.role, "report.seal");
  return (
    <div className="space-y-6">
      {canSeal && (
        <Card>
          <CardHeader
            title="Export a new version"
            description="Each export freezes today's data into a PDF for regulators and auditors and seals it: the file and the data behind it never change. Page 1 of the PDF lists what is missing, as below."
          />
          <CardBody>
            <ExportDossierButton systemId={system.id} gaps={gaps} action={exportDossierAction} />
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title="Dossier versions" />
        <CardBody>
          <DossierVersionList
            systemId={system.id}
            versions={versions}
            viewer={{ userId: viewer.user.id, name: viewer.user.name, canAttest }}
            attestAction={attestDossierAction}
          />
        </CardBody>
      </Card>
      <p className="text-sm text-slate-600">
        The PDF holds the system description, the classification with reasons and citations and the legal review,
        obligations by role with status, owner, due date and evidence index, the Annex IV, Art 6(3) and FRIA records
        where the law asks for them (gaps marked), an audit excerpt and a sign-off block.{" "}
        {canAttest
          ? "As legal, you can attest a final version: your statement is kept with your name, role and the time."
          : "Legal and administrators can attest a final version."}{" "}
        {!canSeal &&
          "Your role downloads and verifies versions; administrators, compliance officers, legal and managers export new ones. "}
        To check a copy someone sends you, upload it on the{" "}
        <Link href="/reports#verify" className="font-medium text-indigo-800 underline">
          Reports
        </Link>{" "}
        page.
      </p>
    </div>
  );
}
