import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { conflictFromAudit } from "@/lib/dal/core/conflict";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { FrameworkId } from "@/lib/standards";
import type { ZSetApplicability } from "@/lib/validations/standards";

// The Statement of Applicability: per control, included (the default, no row) or excluded with a justification.
// Everyone who reads the inventory reads it; compliance officers and administrators decide (standards.soa).

export type ApplicabilityDTO = {
  controlId: string;
  applicable: boolean;
  justification: string;
  updatedAt: Date;
  updatedByName: string | null;
  /** The optimistic lock's version a form sends back with its decision. */
  version: number;
};

export async function listApplicability(actor: Actor, framework: FrameworkId): Promise<Map<string, ApplicabilityDTO>> {
  const member = await authorize(actor, "system.read");
  const rows = await db().controlApplicability.findMany({
    where: { organizationId: member.organizationId, framework },
    select: {
      controlId: true,
      applicable: true,
      justification: true,
      updatedAt: true,
      updatedById: true,
      version: true,
    },
  });
  // updatedById is kept when the person leaves; the name is shown only while they are still a member here.
  const ids = [...new Set(rows.flatMap((r) => (r.updatedById ? [r.updatedById] : [])))];
  const members = ids.length
    ? await db().membership.findMany({
        where: { organizationId: member.organizationId, userId: { in: ids } },
        select: { userId: true, user: { select: { name: true } } },
      })
    : [];
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  return new Map(
    rows.map((r) => [
      r.controlId,
      {
        controlId: r.controlId,
        applicable: r.applicable,
        justification: r.justification,
        updatedAt: r.updatedAt,
        version: r.version,
        updatedByName: r.updatedById ? (names.get(r.updatedById) ?? null) : null,
      },
    ]),
  );
}

/**
 * Saves a decision made from the version the form was opened at (0: no decision yet). A decision changed meanwhile by
 * someone else is refused with their name and the time, like every other edit form here; the loser's text stays in
 * their form. Returns the new version.
 */
export async function setApplicability(
  actor: Actor,
  input: z.output<typeof ZSetApplicability>,
): Promise<{ version: number }> {
  const member = await authorize(actor, "standards.soa");
  const organizationId = member.organizationId;
  // An included control may carry a justification too ("included because …"); an excluded one must (zod, CHECK).
  const applicable = input.decision === "include";
  const data = { applicable, justification: input.justification, updatedById: member.userId };
  const key = { organizationId, framework: input.framework, controlId: input.controlId };
  return db().$transaction(async (tx) => {
    const before = await tx.controlApplicability.findUnique({
      where: { organizationId_framework_controlId: key },
      select: { id: true, applicable: true, justification: true, version: true },
    });
    // The first decision inserts; the unique key makes a concurrent first decision fail instead of overwriting.
    const row =
      input.version === 0
        ? await tx.controlApplicability
            .createManyAndReturn({ data: [{ ...key, ...data }], skipDuplicates: true, select: { id: true } })
            .then((rows) => rows[0])
        : before &&
          (await tx.controlApplicability
            .updateManyAndReturn({
              where: { id: before.id, organizationId, version: input.version },
              data: { ...data, version: { increment: 1 } },
              select: { id: true },
            })
            .then((rows) => rows[0]));
    if (!row) {
      const current =
        before ??
        (await tx.controlApplicability.findUnique({
          where: { organizationId_framework_controlId: key },
          select: { id: true },
        }));
      // No row although the form saw one: nothing to name, but the same advice holds.
      throw current
        ? await conflictFromAudit(tx, organizationId, { type: "ControlApplicability", id: current.id })
        : new AppError("CONFLICT", "This decision changed since you opened it; reload. Your input is still here.");
    }
    await writeAudit(tx, member, {
      action: applicable ? "control.included" : "control.excluded",
      entityType: "ControlApplicability",
      entityId: row.id,
      before: before ? { applicable: before.applicable, justification: before.justification } : undefined,
      after: {
        framework: input.framework,
        controlId: input.controlId,
        applicable,
        justification: input.justification,
      },
    });
    return { version: input.version + 1 };
  });
}
