import type { Metadata } from "next";
import { BomImport } from "@/components/bom/bom-import";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";

export const metadata: Metadata = { title: "Import a bill of materials" };

export default async function ImportBomPage() {
  const viewer = await getViewer(await requireActor());
  const canWrite = !!viewer.role && can(viewer.role, "system.write");
  return (
    <>
      <PageHeader
        title="Import a bill of materials"
        description="Add an AI system's models and datasets from a CycloneDX 1.5 or 1.6 ML-BOM or an SPDX 3.0 AI and Dataset document, as written by ML pipelines and repository scanners. You see what will change before anything is saved."
        actions={
          <ButtonLink href="/systems" variant="secondary">
            Back to the inventory
          </ButtonLink>
        }
      />
      {canWrite ? (
        <BomImport />
      ) : (
        <Alert tone="info" title="Only administrators and compliance officers can import AI systems." />
      )}
    </>
  );
}
