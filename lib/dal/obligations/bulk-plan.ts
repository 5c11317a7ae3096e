import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isoDay } from "@/lib/dates";
import type { PlanObligationsInput } from "@/lib/validations/obligation-plan";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { refreshReadiness } from "@/lib/dal/dashboard/internal/readiness";
import { conflictError } from "@/lib/dal/obligations/obligations";

// Owner and/or due date for many obligations of one system in one transaction: all of them or none. Every id must
// belong to the caller's organisation AND to the named system (both in the query), a current duty (not obsolete) and
// still be at the version the person saw; one audit entry per obligation, as a single edit would write.
export async function planObligations(actor: Actor, input: PlanObligationsInput): Promise<{ updated: number }> {
  const member = await authorize(actor, "obligation.work");
  const { organizationId } = member;
  const { systemId } = input;
  const dueDate = input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null;
  return db().$transaction(async (tx) => {
    const ids = input.obligations.map((o) => o.id);
    const rows = await tx.obligation.findMany({
      where: { id: { in: ids }, organizationId, systemId, obsoleteAt: null },
      select: { id: true, ownerId: true, dueDate: true },
    });
    if (rows.length !== ids.length) throw notFound("obligation");
    if (input.ownerId) {
      const owner = await tx.membership.findFirst({
        where: { organizationId, userId: input.ownerId },
        select: { id: true },
      });
      if (!owner)
        throw new AppError("VALIDATION", "Choose an owner from your organisation.", {
          fieldErrors: { ownerId: ["Choose a member of this organisation."] },
        });
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const { id, version } of input.obligations) {
      const current = byId.get(id);
      if (!current) throw notFound("obligation");
      const data = {
        ...(input.ownerId ? { ownerId: input.ownerId } : {}),
        ...(dueDate ? { dueDate } : {}),
      };
      const { count } = await tx.obligation.updateMany({
        where: { id, organizationId, systemId, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw await conflictError(tx, organizationId, id);
      const before = { ownerId: current.ownerId, dueDate: isoDay(current.dueDate) };
      const after = { ownerId: input.ownerId ?? current.ownerId, dueDate: input.dueDate ?? before.dueDate };
      await writeAudit(tx, member, {
        action: "obligation.updated",
        entityType: "Obligation",
        entityId: id,
        systemId,
        before: changed(before, after),
        after: changed(after, before),
      });
    }
    await refreshReadiness(tx, systemId);
    return { updated: rows.length };
  });
}

function changed<T extends Record<string, unknown>>(a: T, b: T): Partial<T> {
  return Object.fromEntries(Object.entries(a).filter(([k, v]) => b[k] !== v)) as Partial<T>;
}
