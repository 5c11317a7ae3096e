import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { incidentReference } from "@/lib/incidents/labels";
import type { IncidentReportData } from "@/lib/pdf/incident/report-data";
import { renderIncidentReport } from "@/lib/pdf/incident/render-incident-report";
import { authorize } from "@/lib/dal/core/authorize";
import { writeAudit } from "@/lib/dal/core/audit";
import { INCIDENT_NOT_FOUND } from "@/lib/dal/incidents/internal/shared";
import { signForOrganization } from "@/lib/dal/signing/internal/identity";
import { asDocumentLocale } from "@/lib/dal/core/document-locale";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

// Anyone who can read the system can download the report; each download is audited, as it may go to an authority.
export async function getIncidentReportPdf(
  actor: Actor,
  incidentId: string,
  now = new Date(),
): Promise<{ pdf: Buffer; fileName: string }> {
  const member = await authorize(actor, "system.read");
  const row = await db().incident.findFirst({
    where: { id: incidentId, organizationId: member.organizationId },
    include: {
      organization: { select: { name: true, documentLocale: true } },
      createdBy: { select: { name: true } },
      system: {
        select: {
          name: true,
          description: true,
          intendedPurpose: true,
          tier: true,
          roles: true,
          memberStates: true,
          vendor: true,
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", INCIDENT_NOT_FOUND);
  const reference = incidentReference(row.number);
  const data: IncidentReportData = {
    generatedAt: now.toISOString(),
    organization: { name: row.organization.name },
    system: row.system,
    incident: {
      reference,
      title: row.title,
      status: row.status,
      harm: row.harm,
      description: row.description,
      affectedPersons: row.affectedPersons,
      correctiveActions: row.correctiveActions,
      memberState: row.memberState,
      authority: row.authority,
      occurredAt: iso(row.occurredAt),
      awareAt: iso(row.awareAt),
      initialReportAt: iso(row.initialReportAt),
      completeReportAt: iso(row.completeReportAt),
      createdByName: row.createdBy?.name ?? null,
    },
  };
  const locale = asDocumentLocale(row.organization.documentLocale);
  const pdf = await signForOrganization(
    member.organizationId,
    row.organization.name,
    // For the authority, in the organisation's document language (Settings → Language).
    await renderIncidentReport(data, locale),
    { locale, doc: { kind: "incident", reference } },
    now,
  );
  await db().$transaction((tx) =>
    writeAudit(tx, member, {
      action: "incident.report_downloaded",
      entityType: "Incident",
      entityId: row.id,
      systemId: row.systemId,
    }),
  );
  return { pdf, fileName: `${reference}-serious-incident-report.pdf` };
}
