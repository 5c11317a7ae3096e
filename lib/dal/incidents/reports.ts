import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/utils";
import type { RecordReportInput } from "@/lib/validations/incidents";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { findIncidentForChange, incidentConflict } from "@/lib/dal/incidents/internal/shared";

type ReportInput = Omit<RecordReportInput, "kind">;

// Art 73(5): an incomplete initial report may come first; it stops the legal clock. It needs the facts the clock
// rests on, so a draft without harm category or awareness date must be completed first.
export async function recordInitialReport(actor: Actor, input: ReportInput): Promise<{ version: number }> {
  return recordReport(actor, input, "initial");
}

// The complete report follows the investigation. Filed without an initial one, it counts as both.
export async function recordCompleteReport(actor: Actor, input: ReportInput): Promise<{ version: number }> {
  return recordReport(actor, input, "complete");
}

export async function recordIncidentReport(actor: Actor, input: RecordReportInput): Promise<{ version: number }> {
  return recordReport(actor, input, input.kind);
}

async function recordReport(
  actor: Actor,
  input: ReportInput,
  kind: "initial" | "complete",
): Promise<{ version: number }> {
  const member = await authorize(actor, "incident.manage");
  const { organizationId } = member;
  const reportedAt = input.reportedAt;
  if (!reportedAt)
    throw new AppError("VALIDATION", "Enter when the report was sent.", {
      fieldErrors: { reportedAt: ["Enter when the report was sent to the authority."] },
    });
  return db().$transaction(async (tx) => {
    const current = await findIncidentForChange(tx, organizationId, input.incidentId);
    if (current.status === "CLOSED")
      throw new AppError("CONFLICT", "This incident is closed; reports can no longer be recorded.");
    if (!current.harm || !current.awareAt) {
      throw new AppError(
        "VALIDATION",
        "Record the harm category and when you became aware before recording a report: the authority needs both.",
      );
    }
    if (reportedAt < current.awareAt) {
      throw new AppError("VALIDATION", "A report cannot predate the awareness date.", {
        fieldErrors: { reportedAt: [`Enter a time after ${formatDateTime(current.awareAt)}.`] },
      });
    }
    if (kind === "initial" && current.initialReportAt)
      throw new AppError(
        "CONFLICT",
        `The initial report was already recorded (${formatDateTime(current.initialReportAt)}).`,
      );
    if (kind === "complete" && current.completeReportAt)
      throw new AppError(
        "CONFLICT",
        `The complete report was already recorded (${formatDateTime(current.completeReportAt)}).`,
      );
    if (kind === "complete" && current.initialReportAt && reportedAt < current.initialReportAt) {
      throw new AppError("VALIDATION", "The complete report cannot predate the initial report.", {
        fieldErrors: { reportedAt: [`Enter a time after ${formatDateTime(current.initialReportAt)}.`] },
      });
    }
    const data =
      kind === "initial"
        ? { initialReportAt: reportedAt, status: "INITIAL_REPORTED" as const }
        : {
            completeReportAt: reportedAt,
            initialReportAt: current.initialReportAt ?? reportedAt,
            status: "REPORTED" as const,
          };
    const { count } = await tx.incident.updateMany({
      where: { id: current.id, organizationId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw await incidentConflict(tx, organizationId, current.id);
    await writeAudit(tx, member, {
      action: kind === "initial" ? "incident.initial_report_recorded" : "incident.complete_report_recorded",
      entityType: "Incident",
      entityId: current.id,
      systemId: current.systemId,
      before: { status: current.status },
      after: { ...data, reference: input.reference },
    });
    return { version: input.version + 1 };
  });
}

export async function closeIncident(
  actor: Actor,
  input: { incidentId: string; version: number; reason: string },
): Promise<{ version: number }> {
  const member = await authorize(actor, "incident.manage");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const current = await findIncidentForChange(tx, organizationId, input.incidentId);
    if (current.status === "CLOSED") throw new AppError("CONFLICT", "This incident is already closed.");
    const closedAt = new Date();
    const { count } = await tx.incident.updateMany({
      where: { id: current.id, organizationId, version: input.version },
      data: { status: "CLOSED", closedAt, version: { increment: 1 } },
    });
    if (count === 0) throw await incidentConflict(tx, organizationId, current.id);
    await writeAudit(tx, member, {
      action: "incident.closed",
      entityType: "Incident",
      entityId: current.id,
      systemId: current.systemId,
      before: { status: current.status },
      after: { status: "CLOSED", reason: input.reason },
    });
    return { version: input.version + 1 };
  });
}

// The reason given when the incident was closed, read back from the audit trail where it is kept.
export async function incidentClosingReason(actor: Actor, incidentId: string): Promise<string | null> {
  const member = await authorize(actor, "system.read");
  const event = await db().auditEvent.findFirst({
    where: {
      organizationId: member.organizationId,
      entityType: "Incident",
      entityId: incidentId,
      action: "incident.closed",
    },
    orderBy: { sequence: "desc" },
    select: { after: true },
  });
  const after = event?.after as { reason?: unknown } | null | undefined;
  return typeof after?.reason === "string" ? after.reason : null;
}
