import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";

export type ActivityDTO = {
  id: string;
  sequence: number;
  action: string;
  entityType: string;
  actorLabel: string;
  actorName: string | null;
  createdAt: Date;
  before: unknown;
  after: unknown;
};

// The audit events that concern one AI system, newest first; scoped by organisation like every other read.
export async function listSystemActivity(actor: Actor, systemId: string, take = 100): Promise<ActivityDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().auditEvent.findMany({
    where: { organizationId: member.organizationId, systemId },
    orderBy: { sequence: "desc" },
    take,
    select: {
      id: true,
      sequence: true,
      action: true,
      entityType: true,
      actorLabel: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map(({ actor: a, ...r }) => ({ ...r, actorName: a?.name ?? null }));
}
