import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BusinessUnitsList } from "@/components/settings/business-units-list";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listBusinessUnits } from "@/lib/dal/business-units/business-units";
import { deleteBusinessUnitAction, mergeBusinessUnitsAction, renameBusinessUnitAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BusinessUnits");
  return { title: t("title") };
}

export default async function BusinessUnitsPage() {
  const actor = await requireActor();
  const [viewer, t] = await Promise.all([getViewer(actor), getTranslations("BusinessUnits")]);
  const header = <PageHeader title={t("title")} description={t("description")} />;
  if (!viewer.role || !can(viewer.role, "organization.manage")) {
    return (
      <>
        {header}
        <Alert>{t("onlyAdmins")}</Alert>
      </>
    );
  }
  const units = await listBusinessUnits(actor);
  return (
    <>
      {header}
      <Card>
        <CardHeader title={t("unitsTitle")} description={t("unitsDescription")} />
        <ClientMessages namespaces={["BusinessUnits"]}>
          <BusinessUnitsList
            units={units}
            rename={renameBusinessUnitAction}
            merge={mergeBusinessUnitsAction}
            remove={deleteBusinessUnitAction}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
