import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportWizard } from "@/components/import/import-wizard";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SystemImportPages");
  return { title: t("importTitle") };
}

export default async function ImportSystemsPage() {
  const [viewer, t] = await Promise.all([
    requireActor().then((actor) => getViewer(actor)),
    getTranslations("SystemImportPages"),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "system.write");
  return (
    <>
      <PageHeader
        title={t("importTitle")}
        description={t("importDescription")}
        actions={
          <>
            <ButtonLink href="/systems/import-bom" variant="secondary">
              {t("importBom")}
            </ButtonLink>
            <ButtonLink href="/systems" variant="secondary">
              {t("backToInventory")}
            </ButtonLink>
          </>
        }
      />
      {canWrite ? (
        <ClientMessages namespaces={["ImportWizard", "ImportMapping", "ImportColumns", "ImportReport"]}>
          <ImportWizard />
        </ClientMessages>
      ) : (
        <Alert tone="info" title={t("onlyAdmins")} />
      )}
    </>
  );
}
