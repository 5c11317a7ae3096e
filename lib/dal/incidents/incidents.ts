import "server-only";
import type { Actor } from "@/lib/access/actor";
import type { DispositionCode } from "@/lib/classification/codes";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { TierCode } from "@/lib/validations/system-fields";
import type { IncidentInput, IncidentListQuery, IncidentUpdate } from "@/lib/validations/incidents";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import {
  findIncidentForChange,
  incidentConflict,
  incidentSelect,
  insertIncident,
  INCIDENT_NOT_FOUND,
  toIncidentDTO,
  type IncidentDTO,
} from "@/lib/dal/incidents/internal/shared";

export type { IncidentDTO } from "@/lib/dal/incidents/internal/shared";

const SYSTEM_NOT_FOUND = "This AI system does not exist or belongs to another organisation.";

export async function createIncident(actor: Actor, input: IncidentInput): Promise<IncidentDTO> {
  const member = await authorize(actor, "incident.manage");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const system = await tx.aiSystem.findFirst({ where: { id: input.systemId, organizationId }, select: { id: true } });
    if (!system)
      throw new AppError("VALIDATION", SYSTEM_NOT_FOUND, {
        fieldErrors: { systemId: ["Choose one of your organisation's AI systems."] },
      });
    const { id } = await insertIncident(tx, member, input);
    return toIncidentDTO(await tx.incident.findUniqueOrThrow({ where: { id }, select: incidentSelect }));
  });
}

const EDITABLE = [
  "title",
  "description",
  "harm",
  "occurredAt",
  "awareAt",
  "affectedPersons",
  "correctiveActions",
  "memberState",
  "authority",
] as const;

export async function updateIncident(actor: Actor, input: IncidentUpdate): Promise<{ version: number }> {
  const member = await authorize(actor, "incident.manage");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const current = await findIncidentForChange(tx, organizationId, input.incidentId);
    if (current.status === "CLOSED")
      throw new AppError("CONFLICT", "This incident is closed; it is kept as filed and cannot be edited.");
    // Once reported, the incident stays reported: the form's draft/open choice only applies before that.
    const status = current.status === "DRAFT" || current.status === "OPEN" ? input.status : current.status;
    if (status === "DRAFT" && current.status === "OPEN") {
      throw new AppError("VALIDATION", "An open incident cannot go back to draft; close it with a reason instead.", {
        fieldErrors: { status: ["Keep it open, or close it with a reason."] },
      });
    }
    const data = Object.fromEntries(EDITABLE.map((k) => [k, input[k]])) as Pick<
      IncidentUpdate,
      (typeof EDITABLE)[number]
    >;
    const { count } = await tx.incident.updateMany({
      where: { id: current.id, organizationId, version: input.version },
      data: { ...data, status, version: { increment: 1 } },
    });
    if (count === 0) throw await incidentConflict(tx, organizationId, current.id);
    const { before, after } = changes(current, { ...data, status });
    await writeAudit(tx, member, {
      action: "incident.updated",
      entityType: "Incident",
      entityId: current.id,
      systemId: current.systemId,
      before,
      after,
    });
    return { version: input.version + 1 };
  });
}

type Comparable = Record<string, unknown>;
const plain = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

// Only the fields that changed go into the audit event, dates as ISO text.
function changes(was: Comparable, next: Comparable): { before: Comparable; after: Comparable } {
  const keys = Object.keys(next).filter((k) => plain(was[k]) !== plain(next[k]));
  return {
    before: Object.fromEntries(keys.map((k) => [k, plain(was[k])])),
    after: Object.fromEntries(keys.map((k) => [k, plain(next[k])])),
  };
}

export async function getIncident(actor: Actor, incidentId: string): Promise<IncidentDTO> {
  const member = await authorize(actor, "system.read");
  const row = await db().incident.findFirst({
    where: { id: incidentId, organizationId: member.organizationId },
    select: incidentSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", INCIDENT_NOT_FOUND);
  return toIncidentDTO(row);
}

// Running clock: aware, not yet reported, not closed.
const RUNNING: Prisma.IncidentWhereInput = {
  status: { in: ["DRAFT", "OPEN"] },
  awareAt: { not: null },
  initialReportAt: null,
};

export async function listIncidents(
  actor: Actor,
  query: IncidentListQuery,
): Promise<{ items: IncidentDTO[]; total: number; page: number; pageSize: number }> {
  const member = await authorize(actor, "system.read");
  const where: Prisma.IncidentWhereInput = {
    organizationId: member.organizationId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.systemId ? { systemId: query.systemId } : {}),
    ...(query.clock === "running" ? RUNNING : {}),
  };
  const [rows, total] = await Promise.all([
    db().incident.findMany({
      where,
      select: incidentSelect,
      orderBy: { number: "desc" },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db().incident.count({ where }),
  ]);
  return { items: rows.map(toIncidentDTO), total, page: query.page, pageSize: query.pageSize };
}

// For the dashboard and the system's Monitoring tab: every incident still on the clock, soonest deadline first.
export async function listRunningIncidentClocks(
  actor: Actor,
  options: { systemId?: string } = {},
): Promise<IncidentDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().incident.findMany({
    where: {
      organizationId: member.organizationId,
      ...RUNNING,
      ...(options.systemId ? { systemId: options.systemId } : {}),
    },
    select: incidentSelect,
    orderBy: { awareAt: "asc" },
    take: 200,
  });
  return rows.map(toIncidentDTO).sort((a, b) => (a.deadline?.getTime() ?? 0) - (b.deadline?.getTime() ?? 0));
}

export type IncidentSystemOption = {
  id: string;
  name: string;
  tier: TierCode | null;
  possibleTier: TierCode | null;
  disposition: DispositionCode | null;
  roles: string[];
};

// The system picker of "record an incident": a name search, or with no search the high-risk systems first, since
// Art 73 reporting is a duty for high-risk systems. Bounded, so it stays fast with 100,000 systems.
export async function findIncidentSystems(actor: Actor, query: string, take = 12): Promise<IncidentSystemOption[]> {
  const member = await authorize(actor, "system.read");
  const q = query.trim();
  return db().aiSystem.findMany({
    // A system not determined yet that could be high-risk is listed with the high-risk ones, not hidden by its floor tier.
    where: {
      organizationId: member.organizationId,
      ...(q
        ? { name: { contains: q, mode: "insensitive" } }
        : { OR: [{ tier: "HIGH" }, { disposition: "UNDETERMINED", possibleTier: "HIGH" }] }),
    },
    select: { id: true, name: true, tier: true, possibleTier: true, disposition: true, roles: true },
    orderBy: { name: "asc" },
    take,
  });
}
