import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { DoneRule, ObligationPlanningInput } from "@/lib/validations/obligation-planning";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";

export type ObligationPlanningDTO = { obligationLeadDays: number; doneRule: DoneRule };

const toDto = (o: { obligationLeadDays: number; evidenceRequiredForDone: boolean }): ObligationPlanningDTO => ({
  obligationLeadDays: o.obligationLeadDays,
  doneRule: o.evidenceRequiredForDone ? "evidence" : "evidence_or_note",
});

// Every member reads it: the obligations page explains due dates and what Done needs with these values.
export async function getObligationPlanning(actor: Actor): Promise<ObligationPlanningDTO> {
  const { organizationId } = await authorize(actor, "system.read");
  const row = await db().organization.findUnique({
    where: { id: organizationId },
    select: { obligationLeadDays: true, evidenceRequiredForDone: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
  return toDto(row);
}

// The database refuses a lead time outside 1..365 as well (Organization_obligationLeadDays_range).
// Applies to duties derived from now on and to the next Done; due dates already planned stay as they are.
export async function updateObligationPlanning(
  actor: Actor,
  input: ObligationPlanningInput,
): Promise<ObligationPlanningDTO> {
  const member = await authorize(actor, "organization.profile");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ obligationLeadDays: number; evidenceRequiredForDone: boolean }[]>`
      SELECT "obligationLeadDays", "evidenceRequiredForDone" FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
    const after = {
      obligationLeadDays: input.obligationLeadDays,
      evidenceRequiredForDone: input.doneRule === "evidence",
    };
    const before = toDto(row);
    if (before.obligationLeadDays === after.obligationLeadDays && before.doneRule === input.doneRule) return before;
    await tx.organization.update({ where: { id: organizationId }, data: after });
    await writeAudit(tx, member, {
      action: "organization.planning_updated",
      entityType: "Organization",
      entityId: organizationId,
      before,
      after: toDto(after),
    });
    return toDto(after);
  });
}
