import { db } from "@/lib/db/client";

// The rich organisation's Art 9 register: one risk with every column filled (residual rating, accepted by a member,
// owner, review date), its link to an obligation and a re-score from the organisation's incident, so the export round
// trip and the tenant probes cover each table.
export async function addRichRisks(o: {
  organizationId: string;
  systemId: string;
  obligationId: string;
  memberId: string;
}): Promise<void> {
  const risk = await db().risk.create({
    data: {
      organizationId: o.organizationId,
      systemId: o.systemId,
      title: "Rich risk: biased ranking of applicants",
      description: "The ranking may disadvantage older applicants.",
      affectedPersons: "Job applicants",
      fundamentalRights: ["Non-discrimination", "Data protection"],
      source: "FRIA",
      likelihood: 4,
      impact: 4,
      residualLikelihood: 2,
      residualImpact: 3,
      treatment: "ACCEPT",
      mitigation: "Quarterly bias audit of the ranking.",
      ownerId: o.memberId,
      nextReviewDate: new Date("2027-03-01"),
      status: "TREATED",
      acceptanceJustification: "Residual risk is medium after the bias audit.",
      acceptedById: o.memberId,
      acceptedByLabel: "legal@example.test",
      acceptedAt: new Date("2026-12-01T10:00:00Z"),
    },
  });
  await db().riskObligationLink.create({
    data: { organizationId: o.organizationId, riskId: risk.id, obligationId: o.obligationId },
  });
  const incident = await db().incident.findFirstOrThrow({
    where: { organizationId: o.organizationId, systemId: o.systemId },
    select: { id: true },
  });
  await db().riskEventLink.create({
    data: { organizationId: o.organizationId, riskId: risk.id, incidentId: incident.id, how: "RESCORED" },
  });
}
