import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Model registry" };

export default async function RegistrySettingsPage() {
  const actor = await requireActor();
  const viewer = await getViewer(actor);
  const header = (
    <PageHeader
      title="Model registry"
      description={
        <>
          Actlas imports registered models and their versions from an MLflow tracking server, with each version&apos;s
          stage, run metrics and training datasets. A model tagged{" "}
          <code className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-800">{SYSTEM_TAG}</code> with an AI
          system&apos;s exact name or id is linked to that system; other models can be linked by hand on the Models
          page.
        </>
      }
      actions={
        <ButtonLink href="/models" variant="secondary">
          View models
        </ButtonLink>
      }
    />
  );
  if (!viewer.role || !can(viewer.role, "integration.manage")) {
    return (
      <>
        {header}
        <Alert>
          Only administrators can manage model-registry connections. Everyone can see the synced models on the Models
          page.
        </Alert>
      </>
    );
  }
  const connections = await listRegistryConnections(actor);
  return (
    <>
      {header}
      <div className="space-y-6">
        <Card>
          <CardHeader
            title="Connections"
            description={
              connections.length === 0
                ? undefined
                : "Sync now to import changes at once; scheduled connections also sync by themselves."
            }
          />
          {connections.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-600">No registry connected yet. Add your MLflow server below.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {connections.map((c) => (
                <ConnectionItem key={c.id} connection={c} actions={CONNECTION_ACTIONS} />
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CardHeader
            title="Add a connection"
            description="The MLflow server must be reachable from Actlas; private and loopback addresses are refused."
          />
          <ConnectionForm create={createRegistryConnectionAction} />
        </Card>
      </div>
    </>
  );
}
