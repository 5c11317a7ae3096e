import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConnectionForm } from "@/components/registry/connection-form";
import { ConnectionItem } from "@/components/registry/connection-item";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listRegistryConnections } from "@/lib/dal/integrations/registry-sync";
import { SYSTEM_TAG } from "@/lib/mlflow/mapping";
import {
  createRegistryConnectionAction,
  deleteRegistryConnectionAction,
  syncRegistryConnectionAction,
  updateRegistryConnectionAction,
} from "./actions";

const CONNECTION_ACTIONS = {
  sync: syncRegistryConnectionAction,
  update: updateRegistryConnectionAction,
  remove: deleteRegistryConnectionAction,
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("RegistrySettings");
  return { title: t("title") };
}

export default async function RegistrySettingsPage() {
  const actor = await requireActor();
  const [viewer, t] = await Promise.all([getViewer(actor), getTranslations("RegistrySettings")]);
  const header = (
    <PageHeader
      title={t("title")}
      description={t.rich("description", {
        tag: () => <code className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-800">{SYSTEM_TAG}</code>,
      })}
      actions={
        <ButtonLink href="/models" variant="secondary">
          {t("viewModels")}
        </ButtonLink>
      }
    />
  );
  if (!viewer.role || !can(viewer.role, "integration.manage")) {
    return (
      <>
        {header}
        <Alert>{t("onlyAdmins")}</Alert>
      </>
    );
  }
  const connections = await listRegistryConnections(actor);
  return (
    <>
      {header}
      <ClientMessages namespaces={["RegistryConnection", "RegistrySyncNote"]}>
        <div className="space-y-6">
          <Card>
            <CardHeader
              title={t("connectionsTitle")}
              description={connections.length === 0 ? undefined : t("connectionsDescription")}
            />
            {connections.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-600">{t("none")}</p>
            ) : (
              <ul className="divide-y divide-slate-200">
                {connections.map((c) => (
                  <ConnectionItem key={c.id} connection={c} actions={CONNECTION_ACTIONS} />
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <CardHeader title={t("addTitle")} description={t("addDescription")} />
            <ConnectionForm create={createRegistryConnectionAction} />
          </Card>
        </div>
      </ClientMessages>
    </>
  );
}
