import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { describeReading, KIND_LABELS, pickObligation } from "@/lib/incidents/monitoring-obligations";
import { breachIncidentDraft } from "@/lib/incidents/monitoring-task-text";
import { documentLocaleOf } from "@/lib/dal/core/document-locale";
import { formatDateTime } from "@/lib/utils";
import { isBreach, type MonitoringEventInput } from "@/lib/validations/monitoring";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { insertIncident } from "@/lib/dal/incidents/internal/shared";
import { refreshReadiness } from "@/lib/dal/dashboard/internal/readiness";
import { openOrUpdateTask } from "@/lib/dal/obligations/tasks";
import { notFound } from "@/lib/dal/core/not-found";

export type MonitoringEventResult = { eventId: string; breached: boolean; taskId?: string; incidentId?: string };

// A pipeline's result. A breach opens (or counts again on) a task on the obligation the result belongs to, reopens
// that obligation if it was done, and on request opens a draft incident for someone to assess under Art 73.
export async function recordMonitoringEvent(actor: Actor, input: MonitoringEventInput): Promise<MonitoringEventResult> {
  const member = await authorize(actor, "monitoring.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const system = await tx.aiSystem.findFirst({
      where: { id: input.systemId, organizationId },
      select: { id: true, name: true },
    });
    if (!system) throw notFound("AI system");
    const modelVersion = await resolveModelVersion(tx, organizationId, input);
    const breached = isBreach(input);
    const obligation = breached ? await findObligation(tx, organizationId, system.id, input.kind) : null;
    // Before the audit lock (writeAudit), in the order every obligation edit takes the two locks, so a breach racing
    // an edit of the same obligation cannot deadlock; and only from the version read, so a decision saved meanwhile stands.
    const reopen = obligation?.status === "DONE" && (await claimReopen(tx, organizationId, obligation));
    const event = await tx.monitoringEvent.create({
      data: {
        organizationId,
        systemId: system.id,
        modelVersionId: modelVersion?.id ?? null,
        kind: input.kind,
        metric: input.metric,
        value: input.value,
        threshold: input.threshold,
        direction: input.direction,
        datasetRef: input.datasetRef,
        breached,
        details: (input.details ?? {}) as Prisma.InputJsonValue,
        source: member.actorLabel,
        observedAt: input.observedAt ?? new Date(),
      },
      select: { id: true, observedAt: true },
    });
    await writeAudit(tx, member, {
      action: "monitoring.event_recorded",
      entityType: "MonitoringEvent",
      entityId: event.id,
      systemId: system.id,
      after: {
        kind: input.kind,
        metric: input.metric,
        value: input.value,
        threshold: input.threshold,
        direction: input.direction,
        breached,
      },
    });
    if (!breached) return { eventId: event.id, breached };

    const reading = describeReading(input);
    const context = [
      `${KIND_LABELS[input.kind]} result outside its threshold: ${reading}.`,
      input.datasetRef && `Dataset: ${input.datasetRef}.`,
      modelVersion && `Model version: ${modelVersion.label}.`,
      `Observed ${formatDateTime(event.observedAt)}; reported by ${member.actorLabel}.`,
    ]
      .filter(Boolean)
      .join("\n");
    const task = await openOrUpdateTask(tx, member, {
      systemId: system.id,
      obligationId: obligation?.id ?? null,
      dedupeKey: `monitoring:${system.id}:${input.kind}:${input.metric}`,
      title: `${KIND_LABELS[input.kind]} breach: ${reading}`,
      body: context,
    });
    if (obligation && reopen)
      await reopenObligation(tx, member, obligation.id, system.id, `Reopened by a monitoring breach (${reading}).`);
    const incident = input.openIncidentDraft
      ? await insertIncident(tx, member, {
          systemId: system.id,
          status: "DRAFT",
          sourceEventId: event.id,
          ...breachIncidentDraft(await documentLocaleOf(tx, organizationId), {
            system: system.name,
            metric: input.metric,
            context,
          }),
        })
      : null;
    await tx.monitoringEvent.update({
      where: { id: event.id },
      data: { taskId: task.id, incidentId: incident?.id ?? null },
    });
    return { eventId: event.id, breached, taskId: task.id, ...(incident ? { incidentId: incident.id } : {}) };
  });
}

async function resolveModelVersion(
  tx: Tx,
  organizationId: string,
  input: MonitoringEventInput,
): Promise<{ id: string; label: string } | null> {
  const select = { id: true, version: true, model: { select: { name: true } } } as const;
  const found = input.modelVersionId
    ? await tx.modelVersion.findFirst({ where: { id: input.modelVersionId, model: { organizationId } }, select })
    : input.model && input.version
      ? await tx.modelVersion.findFirst({
          where: { version: input.version, model: { organizationId, name: input.model } },
          select,
        })
      : undefined;
  if (found === undefined) return null;
  if (!found) {
    const field = input.modelVersionId ? "modelVersionId" : "version";
    throw new AppError("VALIDATION", "Unknown model version.", {
      fieldErrors: { [field]: ["No such model version in this organisation; register it first."] },
    });
  }
  return { id: found.id, label: `${found.model.name} ${found.version}` };
}

async function findObligation(tx: Tx, organizationId: string, systemId: string, kind: MonitoringEventInput["kind"]) {
  const candidates = await tx.obligation.findMany({
    where: { organizationId, systemId, obsoleteAt: null },
    select: { id: true, code: true, status: true, version: true },
  });
  return pickObligation(kind, candidates);
}

async function claimReopen(
  tx: Tx,
  organizationId: string,
  obligation: { id: string; version: number },
): Promise<boolean> {
  const { count } = await tx.obligation.updateMany({
    where: { id: obligation.id, organizationId, version: obligation.version, status: "DONE" },
    data: { status: "IN_PROGRESS", version: { increment: 1 } },
  });
  return count === 1;
}

// The change of a finished duty back to work must be explained where people look: in its comments and the audit trail.
async function reopenObligation(tx: Tx, member: Member, obligationId: string, systemId: string, reason: string) {
  await tx.comment.create({
    data: { organizationId: member.organizationId, obligationId, authorId: member.userId, body: reason },
  });
  await writeAudit(tx, member, {
    action: "obligation.reopened",
    entityType: "Obligation",
    entityId: obligationId,
    systemId,
    before: { status: "DONE" },
    after: { status: "IN_PROGRESS", reason },
  });
  await refreshReadiness(tx, systemId);
}

export type MonitoringEventDTO = {
  id: string;
  kind: string;
  metric: string;
  value: number;
  threshold: number | null;
  direction: string;
  datasetRef: string;
  breached: boolean;
  modelVersion: string | null;
  taskId: string | null;
  incidentId: string | null;
  source: string;
  observedAt: Date;
};

export async function listMonitoringEvents(actor: Actor, systemId: string, take = 20): Promise<MonitoringEventDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().monitoringEvent.findMany({
    where: { organizationId: member.organizationId, systemId },
    orderBy: { observedAt: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      metric: true,
      value: true,
      threshold: true,
      direction: true,
      datasetRef: true,
      breached: true,
      taskId: true,
      incidentId: true,
      source: true,
      observedAt: true,
      modelVersion: { select: { version: true, model: { select: { name: true } } } },
    },
  });
  return rows.map(({ modelVersion, ...r }) => ({
    ...r,
    modelVersion: modelVersion ? `${modelVersion.model.name} ${modelVersion.version}` : null,
  }));
}
