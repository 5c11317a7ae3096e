import "server-only";
import type { Actor } from "@/lib/access/actor";
import { toTierCode, type DispositionCode } from "@/lib/classification/codes";
import { pruneAnswers } from "@/lib/classification/prune-answers";
import { isStale } from "@/lib/classification/staleness";
import { db } from "@/lib/db/client";
import { readStoredProfile, type TSystemProfile } from "@/lib/rules";
import {
  ZRescreen,
  ZSaveDraft,
  ZStoreRun,
  type TRescreen,
  type TSaveDraft,
  type TStoreRun,
} from "@/lib/validations/classification";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { storeRunTx, type StoredRun } from "@/lib/dal/classification/internal/store-run";
import { notFound } from "@/lib/dal/core/not-found";

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
    if (count === 0) throw notFound("AI system");
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
  if (!system) throw notFound("AI system");
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

type SummaryRow = {
  tier: string | null;
  possibleTier: string | null;
  disposition: DispositionCode | null;
  roles: string[];
  classifiedAt: Date | null;
  version: number;
  questionnaireDraftAt: Date | null;
  currentRun: {
    sequence: number;
    systemVersion: number;
    ruleSetId: string;
    tier: string;
    createdBy: { name: string | null } | null;
  } | null;
};

// The compact state shown on a system's overview: effective tier, who classified it and whether it is stale.
export async function getClassificationSummary(actor: Actor, systemId: string): Promise<ClassificationSummaryDTO> {
  const member = await authorize(actor, "system.read");
  // One statement for the system, its current run and who made it (the ORM sent three, one per relation).
  const [s] = await db().$queryRaw<SummaryRow[]>`
    SELECT s.tier::text AS tier, s."possibleTier"::text AS "possibleTier", s.disposition::text AS disposition, s.roles,
      s."classifiedAt", s.version, s."questionnaireDraftAt",
      CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('sequence', r.sequence, 'systemVersion', r."systemVersion",
        'ruleSetId', r."ruleSetId", 'tier', r.tier, 'createdBy', CASE WHEN u.id IS NULL THEN NULL
        ELSE json_build_object('name', u.name) END) END AS "currentRun"
    FROM "AiSystem" s
    LEFT JOIN "ClassificationRun" r ON r.id = s."currentRunId" AND r."organizationId" = ${member.organizationId}
    LEFT JOIN "User" u ON u.id = r."createdById"
    WHERE s.id = ${systemId} AND s."organizationId" = ${member.organizationId}`;
  if (!s) throw notFound("AI system");
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
