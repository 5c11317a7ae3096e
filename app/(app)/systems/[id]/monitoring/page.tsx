import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
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
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { validationText } from "@/lib/validations/i18n";
import { ZIncidentListQuery } from "@/lib/validations/incidents";
import { loadSystem } from "../load-system";
import { resolveTaskAction, saveMonitoringPlanAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SystemMonitoring");
  return { title: t("title") };
}

export default async function SystemMonitoringPage({ params }: { params: Promise<{ id: string }> }) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [viewer, plan, events, tasks, incidents, members, linkedRisks, t, locale] = await Promise.all([
    getViewer(actor),
    getMonitoringPlan(actor, system.id),
    listMonitoringEvents(actor, system.id),
    listSystemTasks(actor, system.id, { status: "OPEN" }),
    listIncidents(actor, ZIncidentListQuery.parse({ systemId: system.id, pageSize: 20 })),
    listMembers(actor),
    risksFromBreaches(actor, system.id),
    getTranslations("SystemMonitoring"),
    getLocale() as Promise<Locale>,
  ]);
  const canWrite = !!viewer.role && can(viewer.role, "monitoring.write");
  const canRecordIncident = !!viewer.role && can(viewer.role, "incident.manage");
  const canWriteRisks = !!viewer.role && can(viewer.role, "risk.write");
  // Re-scoring is offered from the latest breach shown (newest first); each breach also opens a new linked risk from its
  // row, whose form offers re-scoring from that breach too.
  const latestBreach = events.find((e) => e.breached);
  const risks = canWriteRisks && latestBreach ? await listRisks(actor, system.id) : [];
  const memberOptions = members.map((m) => ({ userId: m.userId, name: m.name }));
  const saved = plan.plan && { version: plan.plan.version, when: formatDateTimeIn(locale, plan.plan.updatedAt) };
  const planDescription = !saved
    ? t("planEmpty")
    : plan.plan?.updatedByName
      ? t("planSavedBy", { ...saved, name: plan.plan.updatedByName })
      : t("planSaved", saved);
  return (
    <ClientMessages namespaces={["MonitoringPlan", "MonitoringResults"]}>
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("planTitle")} description={planDescription} />
          <div className="px-5 py-5">
            {!plan.eligibility.eligible ? (
              <div className="space-y-4">
                <Alert tone="info" title={t("noPlanNeeded")}>
                  {validationText(locale, plan.eligibility.reason)}
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
              <p className="text-sm text-slate-600">{t("noPlanYet")}</p>
            )}
          </div>
        </Card>
        <Card>
          <CardHeader title={t("tasksTitle")} description={t("tasksDescription")} />
          <TaskList tasks={tasks} systemId={system.id} canResolve={canWrite} action={resolveTaskAction} />
        </Card>
        <Card>
          <CardHeader
            title={t("incidentsTitle")}
            description={t("incidentsDescription")}
            actions={
              canRecordIncident ? (
                <ButtonLink href={`/incidents/new?systemId=${system.id}`} variant="secondary">
                  {t("recordIncident")}
                </ButtonLink>
              ) : undefined
            }
          />
          {incidents.items.length ? (
            <IncidentTable incidents={incidents.items} now={new Date()} showSystem={false} />
          ) : (
            <p className="px-5 py-6 text-sm text-slate-600">{t("noIncidents")}</p>
          )}
        </Card>
        <Card>
          <CardHeader
            title={t("resultsTitle")}
            description={t("resultsDescription")}
            actions={
              latestBreach && risks.length > 0 ? (
                <LinkedRiskActions
                  systemId={system.id}
                  risks={risks}
                  context={t("afterLatestBreach")}
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
              <LinkedRiskList risks={linkedRisks} editable={canWriteRisks} heading={t("breachRisks")} />
            </CardBody>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
