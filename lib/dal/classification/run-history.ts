import "server-only";
import type { Actor } from "@/lib/access/actor";
import type { DispositionCode } from "@/lib/classification/codes";
import { reviewState, type ReviewDecisionKind, type ReviewState } from "@/lib/classification/review-state";
import type { TierCode } from "@/lib/validations/system-fields";
import { db } from "@/lib/db/client";
import { readStoredProfile, type ClassificationResult, type TSystemProfile } from "@/lib/rules";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

export type RunSummaryDTO = {
  id: string;
  sequence: number;
  createdAt: Date;
  createdByName: string | null;
  tier: string;
  possibleTier: string | null;
  /** After legal's latest decision on this run (lib/classification/review-state.ts), as every page shows it. */
  disposition: DispositionCode;
  /** What the engine said when the run was stored. */
  engineDisposition: DispositionCode;
  review: ReviewState;
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
  reviews: { orderBy: { decidedAt: "desc" }, take: 1, select: { decision: true, overrideTier: true } },
} as const;

type RunRow = Omit<RunSummaryDTO, "createdByName" | "engineDisposition" | "review" | "tier" | "possibleTier"> & {
  tier: TierCode;
  possibleTier: TierCode | null;
  createdBy: { name: string } | null;
  reviews: { decision: ReviewDecisionKind; overrideTier: TierCode | null }[];
};

function toSummary({ createdBy, reviews, ...run }: RunRow): RunSummaryDTO {
  const review = reviewState(run, reviews[0]);
  return {
    ...run,
    createdByName: createdBy?.name ?? null,
    engineDisposition: run.disposition,
    disposition: review.disposition,
    review,
  };
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
  if (!system) throw notFound("AI system");
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

// One stored run of one system, as the API reads it: a run of another system or organisation is not found.
export async function getClassificationRun(actor: Actor, systemId: string, runId: string): Promise<CurrentRunDTO> {
  const member = await authorize(actor, "system.read");
  const run = await db().classificationRun.findFirst({
    where: { id: runId, systemId, organizationId: member.organizationId },
    select: { ...runSummarySelect, result: true, answers: true },
  });
  if (!run) throw notFound("classification run");
  return { ...toSummary(run), result: run.result as ClassificationResult, answers: readStoredProfile(run.answers) };
}
