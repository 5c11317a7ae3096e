import type { Metadata } from "next";
import { IncidentTable } from "@/components/incidents/incident-table";
import { EventsTable } from "@/components/monitoring/events-table";
import { LinkedRiskActions } from "@/components/risks/linked-risk-actions";
import { LinkedRiskList } from "@/components/risks/linked-risk-list";
import { PlanEditor } from "@/components/monitoring/plan-editor";
import { PlanView } from "@/components/monitoring/plan-view";
import { TaskList } from "@/components/monitoring/task-list";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { listIncidents } from "@/lib/dal/incidents/incidents";
import { risksFromBreaches } from "@/lib/dal/risks/event-links";
import { listRisks } from "@/lib/dal/risks/risks";
import { listMembers } from "@/lib/dal/accounts/members";
import { listMonitoringEvents } from "@/lib/dal/monitoring/events";
import { getMonitoringPlan } from "@/lib/dal/monitoring/plans";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listSystemTasks } from "@/lib/dal/obligations/tasks";
import { formatDateTime } from "@/lib/utils";
import { ZIncidentListQuery } from "@/lib/validations/incidents";
import { loadSystem } from "../load-system";
import { resolveTaskAction, saveMonitoringPlanAction } from "./actions";

export const metadata: Metadata = { title: "Monitoring" };

export default async function SystemMonitoringPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [viewer, plan, events, tasks, incidents, members, linkedRisks] = await Promise.all([
    getViewer(actor),
    getMonitoringPlan(actor, system.id),
    listMonitoringEvents(actor, system.id),
    listSystemTasks(actor, system.id, { status: "OPEN" }),
    listIncidents(actor, ZIncidentListQuery.parse({ systemId: system.id, pageSize: 20 })),
    listMembers(actor),
    risksFromBreaches(actor, system.id),
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "monitoring.write");
  const canRecordIncident = !!viewer.role && can(viewer.role, "incident.manage");
  const canWriteRisks = !!viewer.role && can(viewer.role, "risk.write");
  // Re-scoring is offered from the latest breach shown (newest first); each breach also opens a new linked risk from its
  // row, whose form offers re-scoring from that breach too.
  const latestBreach = events.find((e) => e.breached);
  const risks = canWriteRisks && latestBreach ? await listRisks(actor, system.id) : [];
  const memberOptions = members.map((m) => ({ userId: m.userId, name: m.name }));
  const planDescription = plan.plan
    ? `Version ${plan.plan.version}, last saved ${formatDateTime(plan.plan.updatedAt)}${plan.plan.updatedByName ? ` by ${plan.plan.updatedByName}` : ""}.`
    : "What you monitor after placing the system on the market, how, how often, the threshold that triggers action, and who owns it (Art 72).";
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Post-market monitoring plan" description={planDescription} />
        <div className="px-5 py-5">
          {!plan.eligibility.eligible ? (
            <div className="space-y-4">
              <Alert tone="info" title="No plan needed for this system">
                {plan.eligibility.reason}
              </Alert>
              {plan.plan && <PlanView plan={plan.plan} members={memberOptions} />}
            </div>
          ) : canWrite ? (
            <PlanEditor
              systemId={system.id}
              plan={plan.plan}
              members={memberOptions}
              action={saveMonitoringPlanAction}
            />
          ) : plan.plan ? (
            <PlanView plan={plan.plan} members={memberOptions} />
          ) : (
            <p className="text-sm text-slate-600">
              No plan recorded yet. A compliance officer or administrator can write it here.
            </p>
          )}
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Open monitoring tasks"
          description="Opened by results outside their thresholds. While one is open, the CI gate says the system may not ship."
        />
        <TaskList tasks={tasks} systemId={system.id} canResolve={canWrite} action={resolveTaskAction} />
      </Card>
      <Card>
        <CardHeader
          title="Incidents"
          description="Serious incidents involving this system, with their Art 73 reporting clocks."
          actions={
            canRecordIncident ? (
              <ButtonLink href={`/incidents/new?systemId=${system.id}`} variant="secondary">
                Record an incident
              </ButtonLink>
            ) : undefined
          }
        />
        {incidents.items.length ? (
          <IncidentTable incidents={incidents.items} now={new Date()} showSystem={false} />
        ) : (
          <p className="px-5 py-6 text-sm text-slate-600">No incidents recorded for this system.</p>
        )}
      </Card>
      <Card>
        <CardHeader
          title="Recent monitoring results"
          description="Evaluation, bias and drift results from your pipelines; breaches are marked. A breach may show a risk the register lacks, or one rated too low."
          actions={
            latestBreach && risks.length > 0 ? (
              <LinkedRiskActions
                systemId={system.id}
                risks={risks}
                context="after the latest breach"
                fromQuery={`fromEvent=${latestBreach.id}`}
              />
            ) : undefined
          }
        />
        <EventsTable
          events={events}
          riskHref={canWriteRisks ? (id) => `/systems/${system.id}/risks?fromEvent=${id}#risk-form` : undefined}
        />
        {linkedRisks.length > 0 && (
          <CardBody className="border-t border-slate-200">
            <LinkedRiskList
              risks={linkedRisks}
              editable={canWriteRisks}
              heading="Risks opened or re-scored from a breach"
            />
          </CardBody>
        )}
      </Card>
    </div>
  );
}
