import type { Metadata } from "next";
import { Download, Pencil } from "lucide-react";
import { ClockPanel } from "@/components/incidents/clock-panel";
import { IncidentDetails } from "@/components/incidents/incident-details";
import { IncidentStatusBadge } from "@/components/incidents/incident-table";
import { CloseIncidentForm, RecordReportForm } from "@/components/incidents/report-actions";
import { LinkedRiskActions } from "@/components/risks/linked-risk-actions";
import { LinkedRiskList } from "@/components/risks/linked-risk-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { incidentClosingReason } from "@/lib/dal/incidents/reports";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { risksFromIncident } from "@/lib/dal/risks/event-links";
import { listRisks } from "@/lib/dal/risks/risks";
import { formatDateTime } from "@/lib/utils";
import { closeIncidentAction, recordReportAction } from "../actions";
import { loadIncident } from "./load-incident";

export const metadata: Metadata = { title: "Incident" };

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const incident = await loadIncident((await params).id);
  const actor = await requireActor();
  const [viewer, closingReason, linkedRisks] = await Promise.all([
    getViewer(actor),
    incident.status === "CLOSED" ? incidentClosingReason(actor, incident.id) : null,
    risksFromIncident(actor, incident.id),
  ]);
  const canManage = !!viewer.role && can(viewer.role, "incident.manage");
  const canWriteRisks = !!viewer.role && can(viewer.role, "risk.write");
  const risks = canWriteRisks ? await listRisks(actor, incident.systemId) : [];
  const closed = incident.status === "CLOSED";
  const reportable = !!incident.harm && !!incident.awareAt;
  return (
    <>
      <PageHeader
        title={`${incident.reference}: ${incident.title}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            Serious incident on {incident.systemName} <IncidentStatusBadge status={incident.status} />
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/incidents/${incident.id}/report`} prefetch={false} download variant="secondary">
              <Download aria-hidden className="h-4 w-4" />
              Download report (PDF)
            </ButtonLink>
            {canManage && !closed && (
              <ButtonLink href={`/incidents/${incident.id}/edit`} variant="secondary">
                <Pencil aria-hidden className="h-4 w-4" />
                Edit
              </ButtonLink>
            )}
          </>
        }
      />
      <div className="space-y-6">
        <ClockPanel incident={incident} now={new Date()} />
        <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <Card>
            <CardHeader title="Details" description="What the report to the market surveillance authority will say." />
            <IncidentDetails incident={incident} />
          </Card>
          <div className="space-y-6">
            {canManage && !closed && (
              <Card>
                <CardHeader
                  title="Report to the authority"
                  description="Art 73(5): an incomplete initial report may come first; the complete report follows."
                />
                <CardBody>
                  {!reportable ? (
                    <p className="text-sm text-slate-700">
                      Record the harm category and when you became aware (Edit) before recording a report.
                    </p>
                  ) : !incident.initialReportAt ? (
                    <RecordReportForm
                      incidentId={incident.id}
                      version={incident.version}
                      kind="initial"
                      action={recordReportAction}
                    />
                  ) : !incident.completeReportAt ? (
                    <RecordReportForm
                      incidentId={incident.id}
                      version={incident.version}
                      kind="complete"
                      action={recordReportAction}
                    />
                  ) : (
                    <p className="text-sm text-slate-700">
                      Both reports are recorded. Close the incident once the investigation and corrective actions are
                      finished.
                    </p>
                  )}
                </CardBody>
              </Card>
            )}
            {canManage && !closed && (
              <Card>
                <CardHeader title="Close" description="For a finished case, or a draft assessed as not serious." />
                <CardBody>
                  <CloseIncidentForm incidentId={incident.id} version={incident.version} action={closeIncidentAction} />
                </CardBody>
              </Card>
            )}
            {closed && (
              <Card>
                <CardHeader title="Closed" description={formatDateTime(incident.closedAt)} />
                <CardBody>
                  <p className="whitespace-pre-line text-sm text-slate-800">{closingReason ?? "No reason recorded."}</p>
                </CardBody>
              </Card>
            )}
            {(canWriteRisks || linkedRisks.length > 0) && (
              <Card>
                <CardHeader
                  title="Risk register (Art 9)"
                  description="A serious incident may show a risk the register lacks, or one rated too low."
                />
                <CardBody className="space-y-4">
                  {canWriteRisks && (
                    <LinkedRiskActions
                      openHref={`/systems/${incident.systemId}/risks?fromIncident=${incident.id}#risk-form`}
                      systemId={incident.systemId}
                      risks={risks}
                      context={`from ${incident.reference}`}
                      fromQuery={`fromIncident=${incident.id}`}
                    />
                  )}
                  <LinkedRiskList
                    risks={linkedRisks}
                    editable={canWriteRisks}
                    heading="Risks opened or re-scored from this incident"
                  />
                </CardBody>
              </Card>
            )}
          </div>
        </div>
      </div>
    </>
  );
}
