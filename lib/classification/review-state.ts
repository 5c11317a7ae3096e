import type { DispositionCode } from "@/lib/classification/codes";
import type { TierCode } from "@/lib/validations/system-fields";

// The one answer to "does this run still need review?". A run stores the engine's disposition and is never edited;
// legal's decisions on it are kept beside it. Every page, the API, the dossier and the write path ask here, so the
// header, the inventory, the current result and the history cannot disagree after a decision.

export type ReviewDecisionKind = "CONFIRMED" | "REQUIRES_REVIEW" | "OVERRIDDEN";

export type ReviewableRun = { tier: TierCode; possibleTier?: TierCode | null; disposition: DispositionCode };
export type LatestDecision = { decision: ReviewDecisionKind; overrideTier?: TierCode | null } | null | undefined;

export type ReviewState = {
  tier: TierCode;
  possibleTier: TierCode;
  disposition: DispositionCode;
  /** Legal has decided on this run (confirmed or overridden): nothing is waiting for a lawyer. */
  decided: boolean;
  overridden: boolean;
};

/** The state of a run after the latest legal decision on it (or the engine's state while there is none). */
export function reviewState(run: ReviewableRun, latest: LatestDecision): ReviewState {
  const engine = { tier: run.tier, possibleTier: run.possibleTier ?? run.tier, disposition: run.disposition };
  if (!latest) return { ...engine, decided: false, overridden: false };
  if (latest.decision === "REQUIRES_REVIEW") {
    // An undetermined run stays undetermined: a lawyer's questions do not settle the deciding questions.
    const disposition = run.disposition === "UNDETERMINED" ? "UNDETERMINED" : "REQUIRES_REVIEW";
    return { ...engine, disposition, decided: false, overridden: false };
  }
  const tier = latest.decision === "OVERRIDDEN" && latest.overrideTier ? latest.overrideTier : run.tier;
  const overridden = latest.decision === "OVERRIDDEN";
  return {
    tier,
    possibleTier: overridden ? tier : engine.possibleTier,
    disposition: "FINAL",
    decided: true,
    overridden,
  };
}

/** Whether the run still waits for a lawyer's reading (an undetermined run waits for answers first). */
export const needsReview = (state: Pick<ReviewState, "disposition">) => state.disposition === "REQUIRES_REVIEW";
