import "server-only";
import type { Member } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { reportingDeadline } from "@/lib/incidents/clock";
import { incidentReference, type IncidentHarmCode } from "@/lib/incidents/labels";
import { writeAudit } from "@/lib/dal/core/audit";
import { conflictFromAudit } from "@/lib/dal/core/conflict";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";
import { notFound } from "@/lib/dal/core/not-found";

export const INCIDENT_NOT_FOUND = "This incident does not exist or belongs to another organisation.";

export const incidentSelect = {
  id: true,
  number: true,
  systemId: true,
  title: true,
  description: true,
  status: true,
  harm: true,
  occurredAt: true,
  awareAt: true,
  affectedPersons: true,
  correctiveActions: true,
  memberState: true,
  authority: true,
  initialReportAt: true,
  completeReportAt: true,
  sourceEventId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
  system: { select: { name: true, tier: true, roles: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.IncidentSelect;

type Row = Prisma.IncidentGetPayload<{ select: typeof incidentSelect }>;

export type IncidentDTO = Omit<Row, "system" | "createdBy"> & {
  reference: string;
  systemName: string;
  systemTier: string | null;
  systemRoles: string[];
  createdByName: string | null;
  deadline: Date | null;
};

export function toIncidentDTO({ system, createdBy, ...row }: Row): IncidentDTO {
  return {
    ...row,
    reference: incidentReference(row.number),
    systemName: system.name,
    systemTier: system.tier,
    systemRoles: system.roles,
    createdByName: createdBy?.name ?? null,
    deadline: row.awareAt ? reportingDeadline(row.awareAt, row.harm as IncidentHarmCode | null) : null,
  };
}

export type NewIncident = Omit<Prisma.IncidentUncheckedCreateInput, "organizationId" | "number" | "createdById" | "id">;

// Shared by the incident form and by monitoring breaches that open a draft. Numbers are per organisation; the lock is
// the one writeAudit takes anyway, so two incidents created at once cannot draw the same number.
export async function insertIncident(
  tx: Tx,
  member: Member,
  data: NewIncident,
): Promise<{ id: string; number: number }> {
  const { organizationId } = member;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${organizationId}, 0))`;
  const last = await tx.incident.findFirst({
    where: { organizationId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const number = (last?.number ?? 0) + 1;
  const created = await tx.incident.create({
    data: { ...data, organizationId, number, createdById: member.userId },
    select: { id: true, number: true, system: { select: { name: true } } },
  });
  const after = {
    number,
    status: data.status,
    harm: data.harm ?? null,
    title: data.title,
    awareAt: data.awareAt ?? null,
    sourceEventId: data.sourceEventId ?? null,
  };
  await writeAudit(tx, member, {
    action: "incident.created",
    entityType: "Incident",
    entityId: created.id,
    systemId: data.systemId,
    after,
  });
  const deadline = data.awareAt
    ? reportingDeadline(new Date(data.awareAt), (data.harm ?? null) as IncidentHarmCode | null)
    : null;
  await enqueueWebhookEvent(tx, organizationId, "incident.created", {
    incidentId: created.id,
    reference: incidentReference(number),
    systemId: data.systemId,
    systemName: created.system.name,
    title: data.title,
    status: data.status ?? "DRAFT",
    harm: data.harm ?? null,
    awareAt: data.awareAt ?? null,
    reportingDeadline: deadline,
  });
  return { id: created.id, number: created.number };
}

export const incidentConflict = (tx: Tx, organizationId: string, incidentId: string): Promise<AppError> =>
  conflictFromAudit(tx, organizationId, { type: "Incident", id: incidentId });

export async function findIncidentForChange(tx: Tx, organizationId: string, incidentId: string) {
  const row = await tx.incident.findFirst({ where: { id: incidentId, organizationId }, select: incidentSelect });
  if (!row) throw notFound("incident");
  return row;
}
