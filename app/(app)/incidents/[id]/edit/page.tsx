import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EditIncidentForm } from "@/components/incidents/incident-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { updateIncidentAction } from "../../actions";
import { loadIncident } from "../load-incident";

export const metadata: Metadata = { title: "Edit incident" };

// datetime-local wants "YYYY-MM-DDTHH:mm"; the form states that times are UTC.
const local = (d: Date | null) => (d ? d.toISOString().slice(0, 16) : "");

export default async function EditIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const incident = await loadIncident((await params).id);
  const viewer = await getViewer(await requireActor());
  if (!viewer.role || !can(viewer.role, "incident.manage") || incident.status === "CLOSED")
    redirect(`/incidents/${incident.id}`);
  const status = incident.status === "DRAFT" ? "DRAFT" : "OPEN";
  return (
    <>
      <PageHeader title={`Edit ${incident.reference}`} description={`${incident.title} · ${incident.systemName}`} />
      <Card>
        <CardHeader
          title="Incident details"
          description="Times are in UTC. Changing the harm category or awareness date moves the reporting deadline."
        />
        <CardBody className="py-6">
          <EditIncidentForm
            action={updateIncidentAction}
            showStatus={incident.status === "DRAFT" || incident.status === "OPEN"}
            incident={{
              incidentId: incident.id,
              version: incident.version,
              status,
              title: incident.title,
              harm: incident.harm ?? "",
              awareAt: local(incident.awareAt),
              occurredAt: local(incident.occurredAt),
              description: incident.description,
              affectedPersons: incident.affectedPersons,
              correctiveActions: incident.correctiveActions,
              memberState: incident.memberState,
              authority: incident.authority,
            }}
          />
        </CardBody>
      </Card>
    </>
  );
}
