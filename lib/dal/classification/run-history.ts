import "server-only";
import type { Actor } from "@/lib/access/actor";
import type { DispositionCode } from "@/lib/classification/codes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readStoredProfile, type ClassificationResult, type TSystemProfile } from "@/lib/rules";
import { authorize } from "@/lib/dal/core/authorize";

const NOT_FOUND = "This AI system does not exist or belongs to another organisation.";

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
