import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VendorCreateForm } from "@/components/vendors/vendor-form";
import { VendorTable } from "@/components/vendors/vendor-table";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listVendors } from "@/lib/dal/vendors/vendors";
import { createVendorAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("VendorsPage");
  return { title: t("title") };
}

export default async function VendorsPage() {
  const actor = await requireActor();
  const [viewer, vendors, t] = await Promise.all([
    getViewer(actor),
    listVendors(actor),
    getTranslations("VendorsPage"),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "evidence.write");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {canWrite && (
          <Card>
            <CardHeader title={t("add")} />
            <CardBody>
              <ClientMessages namespaces={["VendorForm"]}>
                <VendorCreateForm create={createVendorAction} />
              </ClientMessages>
            </CardBody>
          </Card>
        )}
        <Card>
          <CardHeader title={t("register")} description={t("registerDescription")} />
          <VendorTable vendors={vendors} />
        </Card>
      </div>
    </>
  );
}
