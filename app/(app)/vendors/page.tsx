import type { Metadata } from "next";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VendorCreateForm } from "@/components/vendors/vendor-form";
import { VendorTable } from "@/components/vendors/vendor-table";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listVendors } from "@/lib/dal/vendors/vendors";
import { createVendorAction } from "./actions";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage() {
  const actor = await requireActor();
  const [viewer, vendors] = await Promise.all([getViewer(actor), listVendors(actor)]);
  const canWrite = !!viewer.role && can(viewer.role, "evidence.write");
  return (
    <>
      <PageHeader
        title="Vendors"
        description="Who supplies your AI systems and models, and what they still owe you: the instructions for use, declarations and registration details the AI Act says providers must give you."
      />
      <div className="space-y-6">
        {canWrite && (
          <Card>
            <CardHeader title="Add a vendor" />
            <CardBody>
              <VendorCreateForm create={createVendorAction} />
            </CardBody>
          </Card>
        )}
        <Card>
          <CardHeader title="Register" description="Open a vendor to record what it supplies and see its requests." />
          <VendorTable vendors={vendors} />
        </Card>
      </div>
    </>
  );
}
