import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

export type RiskHistoryEntry = {
  action: string;
  actorLabel: string;
  createdAt: Date;
  before: unknown;
  after: unknown;
};

// A risk's history is the audit trail filtered to it: one record, tamper-evident, nothing kept twice.
export async function riskHistory(actor: Actor, riskId: string): Promise<RiskHistoryEntry[]> {
  const { organizationId } = await authorize(actor, "system.read");
  const risk = await db().risk.findFirst({ where: { id: riskId, organizationId }, select: { id: true } });
  if (!risk) throw notFound("risk");
  return db().auditEvent.findMany({
    where: { organizationId, entityType: "Risk", entityId: risk.id },
    orderBy: { sequence: "desc" },
    take: 100,
    select: { action: true, actorLabel: true, createdAt: true, before: true, after: true },
  });
}
