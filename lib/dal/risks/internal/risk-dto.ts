import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { RiskSourceCode, RiskStatusCode, RiskTreatmentCode } from "@/lib/validations/risks";

export const RISK_SELECT = {
  id: true,
  systemId: true,
  title: true,
  description: true,
  affectedPersons: true,
  fundamentalRights: true,
  source: true,
  likelihood: true,
  impact: true,
  residualLikelihood: true,
  residualImpact: true,
  treatment: true,
  mitigation: true,
  ownerId: true,
  nextReviewDate: true,
  status: true,
  acceptanceJustification: true,
  acceptedByLabel: true,
  acceptedAt: true,
  version: true,
  updatedAt: true,
  obligationLinks: { select: { obligation: { select: { id: true, article: true, title: true } } } },
} satisfies Prisma.RiskSelect;

type Row = Prisma.RiskGetPayload<{ select: typeof RISK_SELECT }>;

export type RiskDTO = Omit<Row, "obligationLinks" | "source" | "treatment" | "status" | "nextReviewDate"> & {
  source: RiskSourceCode;
  treatment: RiskTreatmentCode | null;
  status: RiskStatusCode;
  // YYYY-MM-DD, what the date input shows.
  nextReviewDate: string | null;
  obligations: { id: string; article: string; title: string }[];
};

export function toRiskDTO(row: Row): RiskDTO {
  const { obligationLinks, nextReviewDate, ...rest } = row;
  return {
    ...rest,
    nextReviewDate: nextReviewDate ? nextReviewDate.toISOString().slice(0, 10) : null,
    obligations: obligationLinks.map((l) => l.obligation),
  };
}

// The audited fields of a risk (what the history shows); the justification is audited by the acceptance itself.
export function riskSnapshot(r: {
  title: string;
  description: string;
  affectedPersons: string;
  fundamentalRights: string[];
  source: string;
  likelihood: number;
  impact: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
  treatment: string | null;
  mitigation: string;
  ownerId: string | null;
  nextReviewDate: Date | string | null;
  status: string;
}): Record<string, unknown> {
  const d = r.nextReviewDate;
  return {
    title: r.title,
    description: r.description,
    affectedPersons: r.affectedPersons,
    fundamentalRights: r.fundamentalRights.join("\n"),
    source: r.source,
    likelihood: r.likelihood,
    impact: r.impact,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    treatment: r.treatment,
    mitigation: r.mitigation,
    ownerId: r.ownerId,
    nextReviewDate: d instanceof Date ? d.toISOString().slice(0, 10) : d,
    status: r.status,
  };
}

export function changedOnly(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(a).filter(([k, v]) => b[k] !== v));
}
