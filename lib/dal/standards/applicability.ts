import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
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
};

export async function listApplicability(actor: Actor, framework: FrameworkId): Promise<Map<string, ApplicabilityDTO>> {
  const member = await authorize(actor, "system.read");
  const rows = await db().controlApplicability.findMany({
    where: { organizationId: member.organizationId, framework },
    select: { controlId: true, applicable: true, justification: true, updatedAt: true, updatedById: true },
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
        updatedByName: r.updatedById ? (names.get(r.updatedById) ?? null) : null,
      },
    ]),
  );
}

export async function setApplicability(actor: Actor, input: z.output<typeof ZSetApplicability>): Promise<void> {
  const member = await authorize(actor, "standards.soa");
  const organizationId = member.organizationId;
  // An included control may carry a justification too ("included because …"); an excluded one must (zod, CHECK).
  const applicable = input.decision === "include";
  const data = { applicable, justification: input.justification, updatedById: member.userId };
  await db().$transaction(async (tx) => {
    const key = { organizationId, framework: input.framework, controlId: input.controlId };
    const before = await tx.controlApplicability.findUnique({
      where: { organizationId_framework_controlId: key },
      select: { id: true, applicable: true, justification: true },
    });
    const row = await tx.controlApplicability.upsert({
      where: { organizationId_framework_controlId: key },
      create: { ...key, ...data },
      update: data,
      select: { id: true },
    });
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
  });
}
