import "server-only";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import type { DossierRisk, DossierRiskRegister } from "@/lib/pdf/snapshot";
import { byCurrentScore } from "@/lib/pdf/risk-register";
import { riskLabels } from "@/lib/risks/labels";
import { readRiskOrigins } from "@/lib/dal/risks/origin";
import { RISK_SELECT } from "@/lib/dal/risks/internal/risk-dto";

// The Art 9 register as the dossier and the Annex IV Word file print it, for callers that have already authorised a
// read of this system. The owner is a member's name (the risk keeps only their id); a member who left reads as none.
export async function readDossierRiskRegister(
  organizationId: string,
  systemId: string,
  now: Date,
): Promise<DossierRiskRegister> {
  const rows = await db().risk.findMany({
    where: { organizationId, systemId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    // The register's own select (one list of columns), plus who accepted, which the page does not show.
    select: { ...RISK_SELECT, acceptedById: true },
  });
  // Owners and acceptors by name while they are members; an acceptor who left keeps the label stored with the risk.
  const ownerIds = [...new Set(rows.flatMap((r) => [r.ownerId, r.acceptedById].filter((id) => id !== null)))];
  const owners = ownerIds.length
    ? await db().membership.findMany({
        where: { organizationId, userId: { in: ownerIds } },
        select: { userId: true, user: { select: { name: true } } },
      })
    : [];
  const ownerName = new Map(owners.map((m) => [m.userId, m.user.name]));
  const [origins, org] = await Promise.all([
    readRiskOrigins(organizationId, systemId),
    db().organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { riskLikelihoodLabels: true, riskImpactLabels: true },
    }),
  ]);
  const labels = riskLabels(org);
  const risks = rows.map((r): DossierRisk => ({
    title: r.title,
    description: r.description,
    source: r.source,
    likelihood: r.likelihood,
    impact: r.impact,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    treatment: r.treatment,
    mitigation: r.mitigation,
    obligations: [...new Set(r.obligationLinks.map((l) => l.obligation.article))].sort(),
    owner: r.ownerId ? (ownerName.get(r.ownerId) ?? null) : null,
    nextReviewDate: isoDay(r.nextReviewDate),
    status: r.status,
    accepted:
      r.treatment === "ACCEPT" && r.acceptedAt
        ? {
            by: (r.acceptedById && ownerName.get(r.acceptedById)) || r.acceptedByLabel,
            at: r.acceptedAt.toISOString(),
            justification: r.acceptanceJustification,
          }
        : null,
    // The English words stay for readers of older snapshots; the reference lets each language word it anew.
    ...(origins.has(r.id) ? { openedFrom: origins.get(r.id)?.label, openedFromRef: origins.get(r.id)?.ref } : {}),
  }));
  return {
    asOf: isoDay(now),
    risks: byCurrentScore(risks),
    likelihoodLabels: [...labels.likelihoodLabels],
    impactLabels: [...labels.impactLabels],
  };
}
