import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EditIncidentForm } from "@/components/incidents/incident-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { updateIncidentAction } from "../../actions";
import { loadIncident } from "../load-incident";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("IncidentEditPage");
  return { title: t("metaTitle") };
}

// datetime-local wants "YYYY-MM-DDTHH:mm"; the form states that times are UTC.
const local = (d: Date | null) => (d ? d.toISOString().slice(0, 16) : "");

export default async function EditIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const incident = await loadIncident((await params).id);
  const [viewer, t] = await Promise.all([getViewer(await requireActor()), getTranslations("IncidentEditPage")]);
  if (!viewer.role || !can(viewer.role, "incident.manage") || incident.status === "CLOSED")
    redirect(`/incidents/${incident.id}`);
  const status = incident.status === "DRAFT" ? "DRAFT" : "OPEN";
  return (
    <>
      <PageHeader
        title={t("title", { reference: incident.reference })}
        description={`${incident.title} · ${incident.systemName}`}
      />
      <Card>
        <CardHeader title={t("details")} description={t("detailsDescription")} />
        <CardBody className="py-6">
          <ClientMessages namespaces={["IncidentForm", "IncidentLabels"]}>
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
          </ClientMessages>
        </CardBody>
      </Card>
    </>
  );
}
