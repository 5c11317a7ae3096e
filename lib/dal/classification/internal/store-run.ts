import "server-only";
import type { Member } from "@/lib/access/actor";
import { toDispositionCode, toTierCode } from "@/lib/classification/codes";
import { todayIso } from "@/lib/dates";
import { pruneAnswers } from "@/lib/classification/prune-answers";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { classify, readStoredProfile, type ClassificationResult, type TSystemProfile } from "@/lib/rules";
import { writeAudit } from "@/lib/dal/core/audit";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";
import { syncObligations } from "@/lib/dal/obligations/internal/obligation-sync";
import { refreshReadiness } from "@/lib/dal/dashboard/internal/readiness";
import { notFound } from "@/lib/dal/core/not-found";

export type RunWriter = Pick<Member, "organizationId" | "userId" | "actorLabel">;
export type StoredRun = {
  runId: string;
  sequence: number;
  result: ClassificationResult;
  obligationsAdded: number;
  obligationsObsoleted: number;
};

// The one path that records a classification, used by the app and by the demo seed (which has no session):
// classify, store the run, point the system at it, bring the obligations in line and refresh readiness.
export async function storeRunTx(
  tx: Tx,
  writer: RunWriter,
  input: { systemId: string; answers: TSystemProfile },
  options: { asOf?: string } = {},
): Promise<StoredRun> {
  const { organizationId } = writer;
  // Row lock: two runs stored at once for one system get consecutive sequence numbers instead of a clash.
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "AiSystem" WHERE id = ${input.systemId} AND "organizationId" = ${organizationId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("AI system");
  const system = await tx.aiSystem.findFirstOrThrow({
    where: { id: input.systemId, organizationId },
    select: { id: true, name: true, version: true, tier: true, disposition: true, roles: true, currentRunId: true },
  });
  // Stored answers re-run here (re-screening) may predate a question becoming multiple choice.
  const answers = pruneAnswers(readStoredProfile(input.answers));
  const result = classify(answers, { asOf: options.asOf ?? todayIso() });
  refuseContradictions(result);
  const last = await tx.classificationRun.findFirst({
    where: { organizationId, systemId: system.id },
    orderBy: { sequence: "desc" },
    select: { sequence: true },
  });
  const sequence = (last?.sequence ?? 0) + 1;
  const tier = toTierCode(result.tier);
  const possibleTier = toTierCode(result.possibleTier);
  const disposition = toDispositionCode(result.disposition);
  const run = await tx.classificationRun.create({
    data: {
      organizationId,
      systemId: system.id,
      sequence,
      answers,
      result,
      ruleSetId: result.ruleSet.id,
      systemVersion: system.version,
      tier,
      possibleTier,
      disposition,
      createdById: writer.userId,
    },
    select: { id: true },
  });
  // Classification is not an intake edit, so the intake revision (version) stays: the run must not look stale.
  await tx.aiSystem.updateMany({
    where: { id: system.id, organizationId },
    data: {
      currentRunId: run.id,
      tier,
      possibleTier,
      disposition,
      roles: result.roles,
      classifiedAt: new Date(),
      questionnaireDraft: Prisma.DbNull,
      questionnaireDraftAt: null,
    },
  });
  const sync = await syncObligations(tx, { organizationId, systemId: system.id, runId: run.id }, result.obligations);
  await refreshReadiness(tx, system.id);
  await writeAudit(tx, writer, {
    action: "classification.run_stored",
    entityType: "ClassificationRun",
    entityId: run.id,
    systemId: system.id,
    before: { tier: system.tier, disposition: system.disposition, roles: system.roles, runId: system.currentRunId },
    after: {
      tier,
      disposition,
      roles: result.roles,
      runId: run.id,
      sequence,
      ruleSetId: result.ruleSet.id,
      obligationsAdded: sync.added,
      obligationsObsoleted: sync.obsoleted,
      obligationsRevived: sync.revived,
    },
  });
  const changed =
    system.tier !== tier || system.disposition !== disposition || system.roles.join() !== result.roles.join();
  if (changed) {
    await enqueueWebhookEvent(tx, organizationId, "classification.changed", {
      systemId: system.id,
      systemName: system.name,
      runId: run.id,
      before: { tier: system.tier, disposition: system.disposition, roles: system.roles },
      after: { tier, disposition, roles: result.roles },
    });
  }
  return {
    runId: run.id,
    sequence,
    result,
    obligationsAdded: sync.added.length,
    obligationsObsoleted: sync.obsoleted.length,
  };
}

// A run cannot be completed while two answers contradict each other: each clash is named next to its questions.
function refuseContradictions(result: ClassificationResult): void {
  if (result.contradictions.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const c of result.contradictions) for (const q of c.questionIds) (fieldErrors[q] ??= []).push(c.text);
  const names = result.contradictions.map((c) => c.text).join(" ");
  throw new AppError(
    "VALIDATION",
    `Some answers contradict each other; resolve them before completing the run. ${names}`,
    { fieldErrors },
  );
}
