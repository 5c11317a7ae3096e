import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { DEFAULT_IMPACT_LABELS, DEFAULT_LIKELIHOOD_LABELS } from "@/lib/risks/score";
import { riskLabels, toStoredLabels, type RiskLabels } from "@/lib/risks/labels";
import type { RiskScaleInput } from "@/lib/validations/risk-scale";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";

export type { RiskLabels } from "@/lib/risks/labels";

const SELECT = { riskLikelihoodLabels: true, riskImpactLabels: true } as const;

// Shared within one page render (the dashboard's heat map and a system's tab read it beside other calls).
const readLabels = cache(async (organizationId: string): Promise<RiskLabels> => {
  const row = await db().organization.findUnique({ where: { id: organizationId }, select: SELECT });
  if (!row) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
  return riskLabels(row);
});

// Every member reads the words: every page that shows a likelihood or impact level shows them.
export async function getRiskLabels(actor: Actor): Promise<RiskLabels> {
  const { organizationId } = await authorize(actor, "system.read");
  return readLabels(organizationId);
}

// The scale is the organisation's vocabulary, so administrators own it (as they own the organisation's settings).
// Stored empty when it equals the defaults; the levels of recorded risks are numbers and keep their meaning.
export async function updateRiskLabels(actor: Actor, input: RiskScaleInput): Promise<RiskLabels> {
  const member = await authorize(actor, "organization.manage");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ riskLikelihoodLabels: string[]; riskImpactLabels: string[] }[]>`
      SELECT "riskLikelihoodLabels", "riskImpactLabels" FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
    const before = riskLabels({
      riskLikelihoodLabels: row.riskLikelihoodLabels ?? [],
      riskImpactLabels: row.riskImpactLabels ?? [],
    });
    const stored = {
      riskLikelihoodLabels: toStoredLabels(input.likelihood, DEFAULT_LIKELIHOOD_LABELS),
      riskImpactLabels: toStoredLabels(input.impact, DEFAULT_IMPACT_LABELS),
    };
    const after = riskLabels(stored);
    const same = (a: readonly string[], b: readonly string[]) => a.join("\n") === b.join("\n");
    if (same(before.likelihoodLabels, after.likelihoodLabels) && same(before.impactLabels, after.impactLabels))
      return before;
    await tx.organization.update({ where: { id: organizationId }, data: stored });
    await writeAudit(tx, member, {
      action: "organization.risk_scale_updated",
      entityType: "Organization",
      entityId: organizationId,
      before: { likelihood: [...before.likelihoodLabels], impact: [...before.impactLabels] },
      after: { likelihood: [...after.likelihoodLabels], impact: [...after.impactLabels] },
    });
    return after;
  });
}
