import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requireActor();
  const viewer = await getViewer(actor);
  const header = (
    <PageHeader
      title="Webhooks"
      description={
        <>
          Actlas posts to your endpoints, or to Slack and Microsoft Teams channels, when a classification changes, legal
          is asked for a review or answers, an incident is recorded or its Art 73 clock needs attention, or a CI gate
          answer changes. Failed deliveries are retried with backoff for about 7 hours. Each request carries an{" "}
          <code className="font-mono text-xs">X-Actlas-Signature</code> header to check against the endpoint&apos;s
          secret.
        </>
      }
    />
  );
  if (!viewer.role || !can(viewer.role, "integration.manage")) {
    return (
      <>
        {header}
        <Alert>Only administrators can manage webhooks.</Alert>
      </>
    );
  }
  const webhooks = await listWebhooks(actor);
  return (
    <>
      {header}
      <div className="space-y-6">
        <Card>
          <CardHeader
            title="Add a webhook"
            description="The endpoint must be reachable over the internet; private and loopback addresses are refused."
          />
          <CreateWebhookForm create={createWebhookAction} tryUrl={tryWebhookAction} />
        </Card>
        <Card>
          <CardHeader
            title="Endpoints"
            description={
              webhooks.length === 0 ? undefined : "The ten most recent deliveries of each endpoint are shown."
            }
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
    </>
  );
}
