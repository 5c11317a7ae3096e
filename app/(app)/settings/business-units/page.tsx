import type { Metadata } from "next";
import { BusinessUnitsList } from "@/components/settings/business-units-list";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { deleteBusinessUnitAction, mergeBusinessUnitsAction, renameBusinessUnitAction } from "./actions";

export const metadata: Metadata = { title: "Business units" };

export default async function BusinessUnitsPage() {
  const actor = await requireActor();
  const viewer = await getViewer(actor);
  const header = (
    <PageHeader
      title="Business units"
      description="The units AI systems belong to, as the inventory, the dashboard and the reports group them. People who edit systems add units from the system form; here administrators rename them, merge duplicates and delete unused ones."
    />
  );
  if (!viewer.role || !can(viewer.role, "organization.manage")) {
    return (
      <>
        {header}
        <Alert>Only administrators can rename, merge or delete business units.</Alert>
      </>
    );
  }
  const units = await listBusinessUnits(actor);
  return (
    <>
      {header}
      <Card>
        <CardHeader
          title="Units"
          description="Merging moves every system of one unit to another and deletes the emptied unit; the audit trail keeps both names."
        />
        <BusinessUnitsList
          units={units}
          rename={renameBusinessUnitAction}
          merge={mergeBusinessUnitsAction}
          remove={deleteBusinessUnitAction}
        />
      </Card>
    </>
  );
}
