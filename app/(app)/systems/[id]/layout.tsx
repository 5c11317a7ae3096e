import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ClassificationBadges } from "@/components/system-badges";
import { PageHeader } from "@/components/ui/page-header";
import { loadSystem } from "./load-system";
import { SystemTabs } from "./system-tabs";

export default async function SystemLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: ReactNode;
}) {
  const [system, t] = await Promise.all([params.then(({ id }) => loadSystem(id)), getTranslations("SystemOverview")]);
  return (
    <>
      <PageHeader
        title={system.name}
        description={system.description || t("noDescription")}
        actions={<ClassificationBadges system={system} />}
      />
      <ClientMessages namespaces={["SystemTabs"]}>
        <SystemTabs systemId={system.id} />
      </ClientMessages>
      <div className="mt-6">{children}</div>
    </>
  );
}
