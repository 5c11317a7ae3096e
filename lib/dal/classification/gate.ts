import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { gateReasons, type GateFacts, type GateVerdict } from "@/lib/gate/reasons";
import { CURRENT_RULE_SET_ID } from "@/lib/rules";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";
import { notFound } from "@/lib/dal/core/not-found";

export type GateAnswerDTO = GateVerdict & {
  systemId: string;
  systemName: string;
  checkedAt: Date;
  previousStatus: string | null;
};

// Listing every open duty would make the answer unbounded; the count in the message stays exact up to this.
const MAX_ITEMS = 100;

type GateSystemRow = {
  id: string;
  name: string;
  version: number;
  tier: GateFacts["tier"];
  possibleTier: GateFacts["possibleTier"];
  disposition: GateFacts["disposition"];
  gateStatus: string | null;
  currentRun: { systemVersion: number; ruleSetId: string } | null;
};

async function readGate(organizationId: string, systemId: string, now: Date) {
  // All three are scoped by organisation in the query itself, so they can run side by side: for a foreign or unknown
  // id the duty lists are simply empty and the missing system answers NOT_FOUND.
  const [system, openBlockingObligations, openBreachTasks] = await Promise.all([
    // The system and its current run in one statement (the ORM sent one per relation).
    db().$queryRaw<GateSystemRow[]>`
        SELECT s.id, s.name, s.version, s.tier::text AS tier, s."possibleTier"::text AS "possibleTier",
          s.disposition::text AS disposition, s."gateStatus",
          CASE WHEN r.id IS NULL THEN NULL
            ELSE json_build_object('systemVersion', r."systemVersion", 'ruleSetId', r."ruleSetId") END AS "currentRun"
        FROM "AiSystem" s
        LEFT JOIN "ClassificationRun" r ON r.id = s."currentRunId" AND r."organizationId" = ${organizationId}
        WHERE s.id = ${systemId} AND s."organizationId" = ${organizationId}`.then(([row]) => row ?? null),
    db().obligation.findMany({
      where: {
        organizationId,
        systemId,
        blocking: true,
        obsoleteAt: null,
        status: { in: ["NOT_STARTED", "IN_PROGRESS"] },
        appliesFrom: { lte: now },
      },
      select: { id: true, article: true, title: true, appliesFrom: true },
      orderBy: [{ appliesFrom: "asc" }, { id: "asc" }],
      take: MAX_ITEMS,
    }),
    db().task.findMany({
      where: { organizationId, systemId, status: "OPEN", dedupeKey: { startsWith: "monitoring:" } },
      select: { id: true, title: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: MAX_ITEMS,
    }),
  ]);
  if (!system) throw notFound("AI system");
  const verdict = gateReasons({
    systemVersion: system.version,
    tier: system.tier,
    possibleTier: system.possibleTier,
    disposition: system.disposition,
    run: system.currentRun,
    currentRuleSetId: CURRENT_RULE_SET_ID,
    openBlockingObligations,
    openBreachTasks,
    today: now,
  });
  return { system, verdict };
}

// What the Overview shows: the same verdict, computed fresh, without recording it.
export async function previewGate(
  actor: Actor,
  systemId: string,
): Promise<GateVerdict & { lastStatus: string | null }> {
  const member = await authorize(actor, "gate.read");
  const { system, verdict } = await readGate(member.organizationId, systemId, new Date());
  return { ...verdict, lastStatus: system.gateStatus };
}

// The CI gate: computes the verdict, stores it on the system, and when it differs from the last stored answer,
// audits the change and queues a gate.changed webhook. The compare-and-set on gateStatus makes sure two pipelines
// asking at once announce one change, not two.
export async function evaluateGate(actor: Actor, systemId: string): Promise<GateAnswerDTO> {
  const member = await authorize(actor, "gate.read");
  const now = new Date();
  const { system, verdict } = await readGate(member.organizationId, systemId, now);
  const base = {
    ...verdict,
    systemId: system.id,
    systemName: system.name,
    checkedAt: now,
    previousStatus: system.gateStatus,
  };
  if (system.gateStatus === verdict.status) {
    await db().aiSystem.updateMany({
      where: { id: system.id, organizationId: member.organizationId },
      data: { gateCheckedAt: now },
    });
    return base;
  }
  await db().$transaction(async (tx) => {
    const { count } = await tx.aiSystem.updateMany({
      where: { id: system.id, organizationId: member.organizationId, gateStatus: system.gateStatus },
      data: { gateStatus: verdict.status, gateCheckedAt: now },
    });
    if (count === 0) return; // another request recorded this change first
    const reasons = verdict.reasons.map((r) => r.code);
    await writeAudit(tx, member, {
      action: "gate.changed",
      entityType: "AiSystem",
      entityId: system.id,
      systemId: system.id,
      before: { gateStatus: system.gateStatus },
      after: { gateStatus: verdict.status, reasons },
    });
    await enqueueWebhookEvent(tx, member.organizationId, "gate.changed", {
      systemId: system.id,
      systemName: system.name,
      before: system.gateStatus,
      after: verdict.status,
      reasons,
      checkedAt: now.toISOString(),
    });
  });
  return base;
}
