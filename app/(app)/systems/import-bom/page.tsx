import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BomImport } from "@/components/bom/bom-import";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SystemImportPages");
  return { title: t("importBom") };
}

export default async function ImportBomPage() {
  const [viewer, t] = await Promise.all([
    requireActor().then((actor) => getViewer(actor)),
    getTranslations("SystemImportPages"),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "system.write");
  return (
    <>
      <PageHeader
        title={t("importBom")}
        description={t("bomDescription")}
        actions={
          <ButtonLink href="/systems" variant="secondary">
            {t("backToInventory")}
          </ButtonLink>
        }
      />
      {canWrite ? (
        <ClientMessages namespaces={["BomImport"]}>
          <BomImport />
        </ClientMessages>
      ) : (
        <Alert tone="info" title={t("onlyAdmins")} />
      )}
    </>
  );
}
