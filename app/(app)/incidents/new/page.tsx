import type { Metadata } from "next";
import Link from "next/link";
import { NewIncidentForm } from "@/components/incidents/incident-form";
import { TierOrUndeterminedBadge } from "@/components/system-badges";
import { SystemPicker } from "@/components/system-picker";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { findIncidentSystems } from "@/lib/dal/incidents/incidents";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getSystem } from "@/lib/dal/systems/systems";
import { isAppError } from "@/lib/errors";
import { createIncidentAction } from "../actions";

export const metadata: Metadata = { title: "Record an incident" };

type Props = { searchParams: Promise<{ systemId?: string; q?: string }> };

async function chosenSystem(actor: Awaited<ReturnType<typeof requireActor>>, id: string | undefined) {
  if (!id) return null;
  try {
    return await getSystem(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export default async function NewIncidentPage({ searchParams }: Props) {
  const { systemId, q = "" } = await searchParams;
  const actor = await requireActor();
  const [viewer, system] = await Promise.all([getViewer(actor), chosenSystem(actor, systemId)]);
  const header = (
    <PageHeader
      title="Record a serious incident"
      description="Record it as soon as you know: the Art 73 reporting clock runs from the moment your organisation became aware."
    />
  );
  if (!viewer.role || !can(viewer.role, "incident.manage")) {
    return (
      <>
        {header}
        <Alert tone="info" title="Your role cannot record incidents">
          Ask a compliance officer, a lawyer or an administrator.
        </Alert>
      </>
    );
  }
  if (!system) {
    const options = await findIncidentSystems(actor, q);
    return (
      <>
        {header}
        {systemId && (
          <div className="mb-4">
            <Alert tone="error">That AI system was not found. Choose one below.</Alert>
          </div>
        )}
        <Card>
          <CardHeader title="1. Which AI system is involved?" />
          <CardBody>
            <SystemPicker
              action="/incidents/new"
              inputId="incident-system-q"
              searchLabel="Find the AI system"
              query={q}
              items={options.map((s) => ({
                id: s.id,
                name: s.name,
                href: `/incidents/new?${new URLSearchParams({ systemId: s.id })}`,
                badge: <TierOrUndeterminedBadge system={s} />,
              }))}
              listLabel="AI systems to choose from"
              intro={q ? `Systems whose name contains “${q}”:` : "High-risk systems in your inventory:"}
              empty={q ? "No AI system matches." : "No high-risk systems yet; search by name."}
              linkText="Choose"
            />
          </CardBody>
        </Card>
      </>
    );
  }
  return (
    <>
      {header}
      <Card>
        <CardHeader
          title="2. What happened?"
          description="Times are in UTC. Save as a draft while you assess whether it is a serious incident; an open incident needs the harm category and the awareness date."
          actions={
            <span className="flex items-center gap-3 text-sm">
              <span className="font-medium text-slate-900">{system.name}</span>
              <TierOrUndeterminedBadge system={system} />
              <Link href="/incidents/new" className="text-indigo-800 underline">
                Change system
              </Link>
            </span>
          }
        />
        <CardBody className="py-6">
          <NewIncidentForm systemId={system.id} action={createIncidentAction} />
        </CardBody>
      </Card>
    </>
  );
}
