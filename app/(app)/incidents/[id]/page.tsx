import type { Metadata } from "next";
import { Download, Pencil } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClockPanel } from "@/components/incidents/clock-panel";
import { IncidentDetails } from "@/components/incidents/incident-details";
import { IncidentStatusBadge } from "@/components/incidents/incident-table";
import { CloseIncidentForm, RecordReportForm } from "@/components/incidents/report-actions";
import { LinkedRiskActions } from "@/components/risks/linked-risk-actions";
import { LinkedRiskList } from "@/components/risks/linked-risk-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { incidentClosingReason } from "@/lib/dal/incidents/reports";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { risksFromIncident } from "@/lib/dal/risks/event-links";
import { listRisks } from "@/lib/dal/risks/risks";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { closeIncidentAction, recordReportAction } from "../actions";
import { loadIncident } from "./load-incident";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("IncidentPage");
  return { title: t("metaTitle") };
}

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const incident = await loadIncident((await params).id);
  const actor = await requireActor();
  const [viewer, closingReason, linkedRisks, t, locale] = await Promise.all([
    getViewer(actor),
    incident.status === "CLOSED" ? incidentClosingReason(actor, incident.id) : null,
    risksFromIncident(actor, incident.id),
    getTranslations("IncidentPage"),
    getLocale(),
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
            {t("seriousIncidentOn", { system: incident.systemName })} <IncidentStatusBadge status={incident.status} />
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/incidents/${incident.id}/report`} prefetch={false} download variant="secondary">
              <Download aria-hidden className="h-4 w-4" />
              {t("downloadReport")}
            </ButtonLink>
            {canManage && !closed && (
              <ButtonLink href={`/incidents/${incident.id}/edit`} variant="secondary">
                <Pencil aria-hidden className="h-4 w-4" />
                {t("edit")}
              </ButtonLink>
            )}
          </>
        }
      />
      <div className="space-y-6">
        <ClockPanel incident={incident} now={new Date()} />
        {/* The report and close forms are client components. */}
        <ClientMessages namespaces={["IncidentReportActions"]}>
          <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
            <Card>
              <CardHeader title={t("details")} description={t("detailsDescription")} />
              <IncidentDetails incident={incident} />
            </Card>
            <div className="space-y-6">
              {canManage && !closed && (
                <Card>
                  <CardHeader title={t("reportTitle")} description={t("reportDescription")} />
                  <CardBody>
                    {!reportable ? (
                      <p className="text-sm text-slate-700">{t("notReportable")}</p>
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
                      <p className="text-sm text-slate-700">{t("bothReported")}</p>
                    )}
                  </CardBody>
                </Card>
              )}
              {canManage && !closed && (
                <Card>
                  <CardHeader title={t("close")} description={t("closeDescription")} />
                  <CardBody>
                    <CloseIncidentForm
                      incidentId={incident.id}
                      version={incident.version}
                      action={closeIncidentAction}
                    />
                  </CardBody>
                </Card>
              )}
              {closed && (
                <Card>
                  <CardHeader title={t("closed")} description={formatDateTimeIn(locale, incident.closedAt)} />
                  <CardBody>
                    <p className="whitespace-pre-line text-sm text-slate-800">{closingReason ?? t("noReason")}</p>
                  </CardBody>
                </Card>
              )}
              {(canWriteRisks || linkedRisks.length > 0) && (
                <Card>
                  <CardHeader title={t("risksTitle")} description={t("risksDescription")} />
                  <CardBody className="space-y-4">
                    {canWriteRisks && (
                      <LinkedRiskActions
                        openHref={`/systems/${incident.systemId}/risks?fromIncident=${incident.id}#risk-form`}
                        systemId={incident.systemId}
                        risks={risks}
                        context={t("fromReference", { reference: incident.reference })}
                        fromQuery={`fromIncident=${incident.id}`}
                      />
                    )}
                    <LinkedRiskList risks={linkedRisks} editable={canWriteRisks} heading={t("linkedRisks")} />
                  </CardBody>
                </Card>
              )}
            </div>
          </div>
        </ClientMessages>
      </div>
    </>
  );
}
