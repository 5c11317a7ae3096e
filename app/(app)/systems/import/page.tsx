import type { Metadata } from "next";
import { ImportWizard } from "@/components/import/import-wizard";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";

export const metadata: Metadata = { title: "Import AI systems" };

export default async function ImportSystemsPage() {
  const viewer = await getViewer(await requireActor());
  const canWrite = !!viewer.role && can(viewer.role, "system.write");
  return (
    <>
      <PageHeader
        title="Import AI systems"
        description="Add many AI systems at once from a CSV file. Rows that carry a complete set of classification answers are classified on import."
        actions={
          <>
            <ButtonLink href="/systems/import-bom" variant="secondary">
              Import a bill of materials
            </ButtonLink>
            <ButtonLink href="/systems" variant="secondary">
              Back to the inventory
            </ButtonLink>
          </>
        }
      />
      {canWrite ? (
        <ImportWizard />
      ) : (
        <Alert tone="info" title="Only administrators and compliance officers can import AI systems." />
      )}
    </>
  );
}
