import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { ClassificationResult } from "@/lib/rules";
import { overrideRemovals } from "@/lib/classification/override-removals";
import { reviewState } from "@/lib/classification/review-state";
import { splitQuestions, ZReviewDecision, type TReviewDecision } from "@/lib/validations/classification";
import type { TierCode } from "@/lib/validations/system-fields";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import type { RunWriter } from "@/lib/dal/classification/internal/store-run";
import { closeReviewRequestsTx } from "@/lib/dal/classification/review-requests";
import { notFound } from "@/lib/dal/core/not-found";
import { countPhrase } from "@/lib/plural";

export type ReviewDecisionDTO = {
  id: string;
  runId: string;
  runSequence: number;
  decision: "CONFIRMED" | "REQUIRES_REVIEW" | "OVERRIDDEN";
  overrideTier: TierCode | null;
  justification: string;
  openQuestions: string[];
  decidedByName: string;
  decidedAt: Date;
};

const STALE_RUN = "A newer classification run exists for this system. Reload the page and review the current run.";

// A legal decision on the system's current run, signed with who and when. It sets what the inventory shows:
// confirm → the engine's tier, final; requires review → flagged with questions; override → legal's tier, final.
export async function recordReviewDecision(actor: Actor, raw: TReviewDecision): Promise<{ decisionId: string }> {
  const member = await authorize(actor, "classification.review");
  const parsed = ZReviewDecision.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrors as FieldErrors,
    });
  }
  return db().$transaction((tx) => recordReviewTx(tx, member, parsed.data));
}

// Shared with the demo seed, which records decisions without a session.
const UNDETERMINED_CONFIRM =
  "This result is not determined yet: questions that decide the tier are open. Answer them in the questionnaire, or override the tier with a justification.";

export async function recordReviewTx(
  tx: Tx,
  member: RunWriter,
  // The seed records decisions that remove nothing, without the confirmation the form asks for.
  input: Omit<z.output<typeof ZReviewDecision>, "confirmRemovals"> & { confirmRemovals?: boolean },
): Promise<{ decisionId: string }> {
  const run = await tx.classificationRun.findFirst({
    where: { id: input.runId, organizationId: member.organizationId },
    select: {
      id: true,
      systemId: true,
      tier: true,
      possibleTier: true,
      disposition: true,
      sequence: true,
      result: true,
      system: { select: { currentRunId: true, tier: true, disposition: true } },
    },
  });
  if (!run) throw notFound("classification run");
  // Confirming a floor tier would present it as the answer; a lawyer may instead set the tier with a justification.
  const undetermined = run.disposition === "UNDETERMINED";
  if (undetermined && input.decision === "CONFIRMED") {
    throw new AppError("VALIDATION", UNDETERMINED_CONFIRM, { fieldErrors: { decision: [UNDETERMINED_CONFIRM] } });
  }
  const overrideTier = input.decision === "OVERRIDDEN" ? (input.overrideTier as TierCode) : null;
  if (overrideTier && !input.confirmRemovals) {
    const removed = overrideRemovals(run.result as ClassificationResult, overrideTier).length;
    if (removed > 0) {
      const message = `This override takes ${countPhrase(removed, "obligation")} off the system. Check the list and confirm.`;
      throw new AppError("VALIDATION", message, { fieldErrors: { confirmRemovals: [message] } });
    }
  }
  const openQuestions = input.decision === "REQUIRES_REVIEW" ? splitQuestions(input.openQuestions) : [];
  // The same rule every page reads the run with, so the columns written here never disagree with them.
  const { tier, possibleTier, disposition } = reviewState(run, { decision: input.decision, overrideTier });
  // Only the current run can be decided on; naming it in the update makes a concurrent re-screen lose cleanly.
  const { count } = await tx.aiSystem.updateMany({
    where: { id: run.systemId, organizationId: member.organizationId, currentRunId: run.id },
    data: { tier, possibleTier, disposition },
  });
  if (count === 0) throw new AppError("CONFLICT", STALE_RUN);
  const decision = await tx.reviewDecision.create({
    data: {
      organizationId: member.organizationId,
      runId: run.id,
      decision: input.decision,
      overrideTier,
      justification: input.justification,
      openQuestions,
      decidedById: member.userId,
    },
    select: { id: true, decidedAt: true },
  });
  await writeAudit(tx, member, {
    action: "classification.reviewed",
    entityType: "ClassificationRun",
    entityId: run.id,
    systemId: run.systemId,
    before: { tier: run.system.tier, disposition: run.system.disposition },
    after: {
      decision: input.decision,
      runSequence: run.sequence,
      tier,
      disposition,
      overrideTier,
      justification: input.justification,
      openQuestions,
    },
  });
  if (input.decision !== "REQUIRES_REVIEW") await closeReviewRequestsTx(tx, member, run.id, input.decision);
  return { decisionId: decision.id };
}

// The decision log of a system (all its runs), newest first.
export async function listReviewDecisions(actor: Actor, systemId: string): Promise<ReviewDecisionDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().reviewDecision.findMany({
    where: { organizationId: member.organizationId, run: { systemId, organizationId: member.organizationId } },
    orderBy: { decidedAt: "desc" },
    select: {
      id: true,
      runId: true,
      decision: true,
      overrideTier: true,
      justification: true,
      openQuestions: true,
      decidedAt: true,
      decidedByName: true,
      run: { select: { sequence: true } },
      decidedBy: { select: { name: true } },
    },
  });
  // decidedByName is set when an organisation import could not link the decider to a member here.
  return rows.map(({ run, decidedBy, ...r }) => ({
    ...r,
    runSequence: run.sequence,
    decidedByName: r.decidedByName ?? decidedBy.name,
  }));
}
