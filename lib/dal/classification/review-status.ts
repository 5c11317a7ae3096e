import "server-only";
import type { Actor } from "@/lib/access/actor";
import { reviewState } from "@/lib/classification/review-state";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

export type ReviewStatusDTO = {
  /** Legal confirmed or overrode the current run: the app shows "Final, reviewed by legal". */
  decided: boolean;
  overridden: boolean;
  decidedAt: Date | null;
  /** Requests about any run of the system still waiting for legal. */
  openRequests: number;
};

// Legal's standing on a system's current run, read through the same rule every page uses (lib/classification/
// review-state.ts), for the API's system resource. null while the system has not been classified.
export async function getReviewStatus(actor: Actor, systemId: string): Promise<ReviewStatusDTO | null> {
  const member = await authorize(actor, "system.read");
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: {
      currentRun: {
        select: {
          tier: true,
          possibleTier: true,
          disposition: true,
          reviews: {
            orderBy: { decidedAt: "desc" },
            take: 1,
            select: { decision: true, overrideTier: true, decidedAt: true },
          },
        },
      },
      _count: { select: { reviewRequests: { where: { status: "OPEN" } } } },
    },
  });
  if (!system) throw notFound("AI system");
  const run = system.currentRun;
  if (!run) return null;
  const latest = run.reviews[0];
  const state = reviewState(run, latest);
  return {
    decided: state.decided,
    overridden: state.overridden,
    decidedAt: state.decided && latest ? latest.decidedAt : null,
    openRequests: system._count.reviewRequests,
  };
}
