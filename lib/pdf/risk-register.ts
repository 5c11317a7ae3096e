import { BAND_LABELS, bandOfScore, currentRating, riskScore, type RiskBand } from "@/lib/risks/score";
import type { DossierClassification, DossierRisk } from "./snapshot";

// What the dossier reads from the Art 9 register, from the snapshot alone: shared by the gap summary, the register's
// own section and the Annex IV section 5 (PDF and Word), so they never count differently.

export type Rating = { score: number; band: RiskBand };

export const inherentRating = (r: DossierRisk): Rating => {
  const score = riskScore(r.likelihood, r.impact);
  return { score, band: bandOfScore(score) };
};

/** The residual rating, or null while it is not rated. */
export const residualRating = (r: DossierRisk): Rating | null => {
  if (r.residualLikelihood == null || r.residualImpact == null) return null;
  const score = riskScore(r.residualLikelihood, r.residualImpact);
  return { score, band: bandOfScore(score) };
};

/** "16 High" */
export const ratingText = (rating: Rating | null): string =>
  rating ? `${rating.score} ${BAND_LABELS[rating.band]}` : "Not rated";

/** Highest current score first (what a reader must look at first), the register's own order within a score. */
export function byCurrentScore(risks: DossierRisk[]): DossierRisk[] {
  const score = (r: DossierRisk) => {
    const c = currentRating(r);
    return riskScore(c.likelihood, c.impact);
  };
  return risks
    .map((r, i) => ({ r, i }))
    .sort((a, b) => score(b.r) - score(a.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** Risks still open or treated whose next review date is before `asOf` (both YYYY-MM-DD); closed risks are done. */
export const overdueReviews = (risks: DossierRisk[], asOf: string): DossierRisk[] =>
  risks.filter((r) => r.status !== "CLOSED" && r.nextReviewDate !== null && r.nextReviewDate < asOf);

/** Art 9 applies to high-risk systems: the tier legal set, else the engine's. */
export const isHighRisk = (c: DossierClassification | null): boolean =>
  !!c && (c.tier ?? c.result.tier).toLowerCase() === "high";

/** Counts per band of the current rating, most severe first, leaving out empty bands: "1 critical, 2 medium". */
export function bandSummary(risks: DossierRisk[]): string {
  const counts = new Map<RiskBand, number>();
  for (const r of risks) {
    const c = currentRating(r);
    const band = bandOfScore(riskScore(c.likelihood, c.impact));
    counts.set(band, (counts.get(band) ?? 0) + 1);
  }
  return (["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const)
    .filter((b) => counts.has(b))
    .map((b) => `${counts.get(b)} ${BAND_LABELS[b].toLowerCase()}`)
    .join(", ");
}
