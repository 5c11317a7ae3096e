import "server-only";
import { randomUUID } from "node:crypto";
import type { Member } from "@/lib/access/actor";
import { toDispositionCode, toTierCode } from "@/lib/classification/codes";
import { todayIso } from "@/lib/dates";
import { plannedDueDate } from "@/lib/obligations/due-date";
import { pruneAnswers } from "@/lib/classification/prune-answers";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { classify, type TSystemProfile } from "@/lib/rules";
import type { AuditInput } from "@/lib/dal/core/audit";

const BATCH = 1_000;
// A run carries its whole result (every derived duty with its wording), so runs go in smaller batches than rows.
const RUN_BATCH = 250;
const EVENT = "classification.changed";

export type NewSystemToClassify = { id: string; name: string; answers: TSystemProfile };

const dutyKey = (o: { code: string; role: string }) => `${o.code}|${o.role}`;

// What storeRunTx does for a system that was never classified (version 1, no run, no obligations), for many systems
// at once: the engine runs in memory and runs, system columns, obligations and webhook deliveries are written in a
// few set-based statements. Returns the "classification.run_stored" audit events for the caller's batch audit write.
// Must stay identical to storeRunTx + syncObligations + refreshReadiness (tests/integration/import-export compares).
export async function classifyNewSystemsTx(
  tx: Tx,
  member: Pick<Member, "organizationId" | "userId">,
  systems: NewSystemToClassify[],
): Promise<AuditInput[]> {
  if (systems.length === 0) return [];
  const { organizationId } = member;
  const asOf = todayIso();
  const now = new Date();
  const classified = systems.map((s) => {
    const answers = pruneAnswers(s.answers);
    const result = classify(answers, { asOf });
    return {
      systemId: s.id,
      systemName: s.name,
      runId: randomUUID(),
      answers,
      result,
      tier: toTierCode(result.tier),
      possibleTier: toTierCode(result.possibleTier),
      disposition: toDispositionCode(result.disposition),
    };
  });
  for (let i = 0; i < classified.length; i += RUN_BATCH) {
    const batch = classified.slice(i, i + RUN_BATCH);
    await insertRuns(
      tx,
      batch.map((c) => ({
        id: c.runId,
        organizationId,
        systemId: c.systemId,
        answers: c.answers,
        result: c.result,
        ruleSetId: c.result.ruleSet.id,
        tier: c.tier,
        possibleTier: c.possibleTier,
        disposition: c.disposition,
        createdById: member.userId,
        createdAt: now.toISOString(),
      })),
    );
    await updateSystems(
      tx,
      organizationId,
      batch.map((c) => ({
        id: c.systemId,
        runId: c.runId,
        tier: c.tier,
        possibleTier: c.possibleTier,
        disposition: c.disposition,
        roles: c.result.roles,
        applicable: c.result.obligations.length,
        at: now.toISOString(),
      })),
    );
  }
  // Readiness as refreshReadiness counts it: every duty is new, so all are applicable and none is done yet.
  const { obligationLeadDays } = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { obligationLeadDays: true },
  });
  const obligations = classified.flatMap((c) =>
    c.result.obligations.map((d) => ({
      organizationId,
      systemId: c.systemId,
      code: d.code,
      role: d.role,
      article: d.article,
      title: d.title,
      summary: d.summary,
      appliesFrom: d.appliesFrom,
      dueDate: plannedDueDate(d.appliesFrom, asOf, obligationLeadDays),
      blocking: d.blocking ?? false,
      sourceRunId: c.runId,
      at: now.toISOString(),
    })),
  );
  for (let i = 0; i < obligations.length; i += BATCH) await insertObligations(tx, obligations.slice(i, i + BATCH));
  await enqueueClassificationChanged(
    tx,
    organizationId,
    classified.map((c) => ({
      systemId: c.systemId,
      systemName: c.systemName,
      runId: c.runId,
      before: { tier: null, disposition: null, roles: [] },
      after: { tier: c.tier, disposition: c.disposition, roles: c.result.roles },
    })),
  );
  return classified.map((c): AuditInput => ({
    action: "classification.run_stored",
    entityType: "ClassificationRun",
    entityId: c.runId,
    systemId: c.systemId,
    before: { tier: null, disposition: null, roles: [], runId: null },
    after: {
      tier: c.tier,
      disposition: c.disposition,
      roles: c.result.roles,
      runId: c.runId,
      sequence: 1,
      ruleSetId: c.result.ruleSet.id,
      obligationsAdded: c.result.obligations.map(dutyKey),
      obligationsObsoleted: [],
      obligationsRevived: [],
    },
  }));
}

// Sequence 1 and systemVersion 1: the system was inserted by this import and has neither runs nor intake edits.
async function insertRuns(tx: Tx, rows: Record<string, unknown>[]) {
  await tx.$executeRaw`
    INSERT INTO "ClassificationRun" ("id", "organizationId", "systemId", "sequence", "answers", "result", "ruleSetId", "systemVersion",
      "tier", "possibleTier", "disposition", "createdById", "createdAt")
    SELECT x."id", x."organizationId", x."systemId", 1, x."answers", x."result", x."ruleSetId", 1, x."tier"::"Tier",
      x."possibleTier"::"Tier", x."disposition"::"Disposition", x."createdById", x."createdAt"::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" text, "organizationId" text, "systemId" text, "answers" jsonb,
      "result" jsonb, "ruleSetId" text, "tier" text, "possibleTier" text, "disposition" text, "createdById" text, "createdAt" text)`;
}

async function updateSystems(tx: Tx, organizationId: string, rows: Record<string, unknown>[]) {
  await tx.$executeRaw`
    UPDATE "AiSystem" AS s SET "currentRunId" = x."runId", "tier" = x."tier"::"Tier", "possibleTier" = x."possibleTier"::"Tier",
      "disposition" = x."disposition"::"Disposition",
      "roles" = x."roles", "classifiedAt" = x."at"::timestamp(3), "questionnaireDraft" = NULL, "questionnaireDraftAt" = NULL,
      "obligationsApplicable" = x."applicable", "obligationsDone" = 0, "updatedAt" = x."at"::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" text, "runId" text, "tier" text, "possibleTier" text, "disposition" text,
      "roles" text[], "applicable" int, "at" text)
    WHERE s."id" = x."id" AND s."organizationId" = ${organizationId}`;
}

// dueDate is the planning date, as syncObligations sets it for a new duty.
async function insertObligations(tx: Tx, rows: Record<string, unknown>[]) {
  await tx.$executeRaw`
    INSERT INTO "Obligation" ("id", "organizationId", "systemId", "code", "role", "article", "title", "summary", "appliesFrom",
      "blocking", "dueDate", "sourceRunId", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, x."organizationId", x."systemId", x."code", x."role", x."article", x."title", x."summary",
      x."appliesFrom"::date, x."blocking", x."dueDate"::date, x."sourceRunId", x."at"::timestamp(3), x."at"::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("organizationId" text, "systemId" text, "code" text, "role" text,
      "article" text, "title" text, "summary" text, "appliesFrom" text, "dueDate" text, "blocking" boolean, "sourceRunId" text, "at" text)`;
}

// enqueueWebhookEvent's rows, written at once: a new system's first run always changes tier, so each one is an event.
async function enqueueClassificationChanged(tx: Tx, organizationId: string, events: Record<string, unknown>[]) {
  const hooks = await tx.webhook.findMany({
    where: { organizationId, active: true, events: { has: EVENT } },
    select: { id: true },
  });
  if (hooks.length === 0) return;
  const occurredAt = new Date().toISOString();
  const data = hooks.flatMap((h) =>
    events.map((e) => ({
      organizationId,
      webhookId: h.id,
      event: EVENT,
      payload: { event: EVENT, occurredAt, organizationId, data: e } as Prisma.InputJsonValue,
    })),
  );
  for (let i = 0; i < data.length; i += BATCH) await tx.webhookDelivery.createMany({ data: data.slice(i, i + BATCH) });
}
