import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { toDispositionCode, toTierCode, type DispositionCode } from "@/lib/classification/codes";
import { todayIso } from "@/lib/dates";
import { isStale } from "@/lib/classification/staleness";
import { pruneAnswers } from "@/lib/classification/prune-answers";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { classify, readStoredProfile, type ClassificationResult, type TSystemProfile } from "@/lib/rules";
import {
  ZRescreen,
  ZSaveDraft,
  ZStoreRun,
  type TRescreen,
  type TSaveDraft,
  type TStoreRun,
} from "@/lib/validations/classification";
import { writeAudit } from "@/lib/dal/core/audit";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";
import { authorize } from "@/lib/dal/core/authorize";
import { syncObligations } from "@/lib/dal/obligations/internal/obligation-sync";
import { refreshReadiness } from "@/lib/dal/dashboard/internal/readiness";

export type RunWriter = Pick<Member, "organizationId" | "userId" | "actorLabel">;
export type StoredRun = {
  runId: string;
  sequence: number;
  result: ClassificationResult;
  obligationsAdded: number;
  obligationsObsoleted: number;
};

const NOT_FOUND = "This AI system does not exist or belongs to another organisation.";

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
  if (locked.length === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
  const system = await tx.aiSystem.findFirstOrThrow({
    where: { id: input.systemId, organizationId },
    select: { id: true, version: true, tier: true, disposition: true, roles: true, currentRunId: true },
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

export async function storeClassificationRun(actor: Actor, raw: TStoreRun): Promise<StoredRun> {
  const member = await authorize(actor, "classification.run");
  const input = ZStoreRun.parse(raw);
  return db().$transaction((tx) => storeRunTx(tx, member, input));
}

// Save and resume: part-way answers live on the system until a run is stored.
export async function saveQuestionnaireDraft(actor: Actor, raw: TSaveDraft): Promise<{ savedAt: Date }> {
  const member = await authorize(actor, "classification.run");
  const input = ZSaveDraft.parse(raw);
  const savedAt = new Date();
  // Stored answers re-run here (re-screening) may predate a question becoming multiple choice.
  const answers = pruneAnswers(readStoredProfile(input.answers));
  await db().$transaction(async (tx) => {
    const { count } = await tx.aiSystem.updateMany({
      where: { id: input.systemId, organizationId: member.organizationId },
      data: { questionnaireDraft: answers, questionnaireDraftAt: savedAt },
    });
    if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
    await writeAudit(tx, member, {
      action: "classification.draft_saved",
      entityType: "AiSystem",
      entityId: input.systemId,
      systemId: input.systemId,
      after: { answered: Object.keys(answers).length },
    });
  });
  return { savedAt };
}

export type RescreenOutcome = {
  rescreened: {
    systemId: string;
    tierBefore: string | null;
    tierAfter: string;
    obligationsAdded: number;
    obligationsObsoleted: number;
  }[];
  skipped: string[];
};

// Re-runs the engine on each system's latest answers (after a change in the law or in bulk from the inventory).
// Each system is its own transaction, so one failure does not undo the others; systems never classified are skipped.
export async function rescreenSystems(actor: Actor, raw: TRescreen): Promise<RescreenOutcome> {
  const member = await authorize(actor, "classification.run");
  const { systemIds } = ZRescreen.parse(raw);
  const outcome: RescreenOutcome = { rescreened: [], skipped: [] };
  for (const systemId of [...new Set(systemIds)]) {
    const latest = await db().classificationRun.findFirst({
      where: { organizationId: member.organizationId, systemId },
      orderBy: { sequence: "desc" },
      select: { answers: true, system: { select: { tier: true } } },
    });
    if (!latest) {
      outcome.skipped.push(systemId);
      continue;
    }
    const stored = await db().$transaction((tx) =>
      storeRunTx(tx, member, { systemId, answers: latest.answers as TSystemProfile }),
    );
    outcome.rescreened.push({
      systemId,
      tierBefore: latest.system.tier,
      tierAfter: toTierCode(stored.result.tier),
      obligationsAdded: stored.obligationsAdded,
      obligationsObsoleted: stored.obligationsObsoleted,
    });
  }
  return outcome;
}

export type RunSummaryDTO = {
  id: string;
  sequence: number;
  createdAt: Date;
  createdByName: string | null;
  tier: string;
  possibleTier: string | null;
  disposition: DispositionCode;
  ruleSetId: string;
  systemVersion: number;
};

export type CurrentRunDTO = RunSummaryDTO & { result: ClassificationResult; answers: TSystemProfile };

const runSummarySelect = {
  id: true,
  sequence: true,
  createdAt: true,
  tier: true,
  possibleTier: true,
  disposition: true,
  ruleSetId: true,
  systemVersion: true,
  createdBy: { select: { name: true } },
} as const;

function toSummary({
  createdBy,
  ...run
}: { createdBy: { name: string } | null } & Omit<RunSummaryDTO, "createdByName">): RunSummaryDTO {
  return { ...run, createdByName: createdBy?.name ?? null };
}

// Everything the classification tab shows about runs: the current one in full and the history as summaries.
export async function getClassificationHistory(
  actor: Actor,
  systemId: string,
): Promise<{ current: CurrentRunDTO | null; runs: RunSummaryDTO[] }> {
  const member = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: { currentRunId: true },
  });
  if (!system) throw new AppError("NOT_FOUND", NOT_FOUND);
  const [runs, current] = await Promise.all([
    db().classificationRun.findMany({
      where: { organizationId: member.organizationId, systemId },
      orderBy: { sequence: "desc" },
      select: runSummarySelect,
    }),
    system.currentRunId
      ? db().classificationRun.findFirst({
          where: { id: system.currentRunId, organizationId: member.organizationId },
          select: { ...runSummarySelect, result: true, answers: true },
        })
      : null,
  ]);
  return {
    runs: runs.map(toSummary),
    current: current && {
      ...toSummary(current),
      result: current.result as ClassificationResult,
      answers: readStoredProfile(current.answers),
    },
  };
}

// The stored results of chosen runs of one system, for the diff; runs of other systems or organisations are absent.
export async function getRunResults(
  actor: Actor,
  systemId: string,
  runIds: string[],
): Promise<Map<string, ClassificationResult>> {
  const member = await authorize(actor, "system.read");
  const rows = await db().classificationRun.findMany({
    where: { organizationId: member.organizationId, systemId, id: { in: runIds } },
    select: { id: true, result: true },
  });
  return new Map(rows.map((r) => [r.id, r.result as ClassificationResult]));
}

export type QuestionnaireStartDTO = {
  draft: TSystemProfile | null;
  draftAt: Date | null;
  latestAnswers: TSystemProfile | null;
};

// Where the wizard resumes: the saved draft first, else the answers of the latest run.
export async function getQuestionnaireStart(actor: Actor, systemId: string): Promise<QuestionnaireStartDTO> {
  const member = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: {
      questionnaireDraft: true,
      questionnaireDraftAt: true,
      runs: { orderBy: { sequence: "desc" }, take: 1, select: { answers: true } },
    },
  });
  if (!system) throw new AppError("NOT_FOUND", NOT_FOUND);
  return {
    draft: system.questionnaireDraft === null ? null : readStoredProfile(system.questionnaireDraft),
    draftAt: system.questionnaireDraftAt,
    latestAnswers: system.runs[0] ? readStoredProfile(system.runs[0].answers) : null,
  };
}

export type ClassificationSummaryDTO = {
  tier: string | null;
  possibleTier: string | null;
  disposition: DispositionCode | null;
  roles: string[];
  classifiedAt: Date | null;
  classifiedByName: string | null;
  runSequence: number | null;
  stale: boolean;
  overridden: boolean;
  hasDraft: boolean;
};

// The compact state shown on a system's overview: effective tier, who classified it and whether it is stale.
export async function getClassificationSummary(actor: Actor, systemId: string): Promise<ClassificationSummaryDTO> {
  const member = await authorize(actor, "system.read");
  const s = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: {
      tier: true,
      possibleTier: true,
      disposition: true,
      roles: true,
      classifiedAt: true,
      version: true,
      questionnaireDraftAt: true,
      currentRun: {
        select: {
          sequence: true,
          systemVersion: true,
          ruleSetId: true,
          tier: true,
          createdBy: { select: { name: true } },
        },
      },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", NOT_FOUND);
  const run = s.currentRun;
  return {
    tier: s.tier,
    possibleTier: s.possibleTier,
    disposition: s.disposition,
    roles: s.roles,
    classifiedAt: s.classifiedAt,
    classifiedByName: run?.createdBy?.name ?? null,
    runSequence: run?.sequence ?? null,
    stale: isStale(run, s.version),
    overridden: !!run && s.tier !== run.tier,
    hasDraft: s.questionnaireDraftAt !== null,
  };
}
