import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { WebhookList } from "@/components/webhooks/webhook-list";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listWebhooks } from "@/lib/dal/integrations/webhooks";
import {
  createWebhookAction,
  deleteWebhookAction,
  sendTestWebhookAction,
  setWebhookActiveAction,
  setWebhookFormatAction,
  tryWebhookAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("WebhookSettings");
  return { title: t("title") };
}

export default async function WebhooksPage() {
  const actor = await requireActor();
  const [viewer, t] = await Promise.all([getViewer(actor), getTranslations("WebhookSettings")]);
  const header = (
    <PageHeader
      title={t("title")}
      description={t.rich("description", {
        code: () => <code className="font-mono text-xs">{"X-Actlas-Signature"}</code>,
      })}
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
  const webhooks = await listWebhooks(actor);
  return (
    <>
      {header}
      <ClientMessages namespaces={["Webhooks"]}>
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("addTitle")} description={t("addDescription")} />
            <CreateWebhookForm create={createWebhookAction} tryUrl={tryWebhookAction} />
          </Card>
          <Card>
            <CardHeader
              title={t("endpointsTitle")}
              description={webhooks.length === 0 ? undefined : t("endpointsDescription")}
            />
            <WebhookList
              webhooks={webhooks}
              sendTest={sendTestWebhookAction}
              setActive={setWebhookActiveAction}
              remove={deleteWebhookAction}
              setFormat={setWebhookFormatAction}
            />
          </Card>
        </div>
      </ClientMessages>
    </>
  );
}
