import type { Metadata } from "next";
import { BulkExport } from "@/components/dossier/bulk-export";
import { RecentDossiers } from "@/components/dossier/recent-dossiers";
import { VerifyForm } from "@/components/dossier/verify-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { bulkExportCounts, listRecentDossiers } from "@/lib/dal/dossiers";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const actor = await requireActor();
  const [counts, recent] = await Promise.all([bulkExportCounts(actor), listRecentDossiers(actor, 10)]);
  return (
    <>
      <PageHeader title="Reports" description="Sealed PDF dossiers per AI system: check a copy someone sends you, export many at once, and find recent exports." />
      <div className="space-y-6">
        <Card id="verify">
          <CardHeader
            title="Verify a dossier"
            description="Upload a dossier PDF to check that it is a genuine, unaltered export of this organisation, and see which system and version it is and who attested it."
          />
          <CardBody><VerifyForm /></CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Export dossiers as ZIP"
            description="Each system gets a fresh dossier, sealed as a new version like a single export, so every file in the ZIP can be verified later. Progress shows as the ZIP arrives."
          />
          <CardBody><BulkExport counts={counts} /></CardBody>
        </Card>
        <Card>
          <CardHeader title="Recent exports" description="The latest sealed dossiers across all systems. Open a system's dossier page to download or attest a version." />
          <CardBody><RecentDossiers dossiers={recent} /></CardBody>
        </Card>
      </div>
    </>
  );
}
