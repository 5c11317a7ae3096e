// Risk scores on the 5 × 5 scale of the Art 9 register: score = likelihood × impact (1..25), in four bands.
// The products a 5 × 5 grid can give are 1–6, 8–10, 12, 15, 16, 20 and 25, so the bands are cut where the grid
// changes character: 1–4 low (both factors small), 5–9 medium, 10–16 high (one factor at least "likely"/"major"
// with the other above the middle), 20–25 critical (a 4 and a 5, or 5 × 5). Nothing here reads the database.

export const SCALE = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE)[number];

export const RISK_BANDS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export const BAND_LABELS: Record<RiskBand, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  CRITICAL: "Critical",
};

export const BAND_RANGES: Record<RiskBand, string> = {
  LOW: "1–4",
  MEDIUM: "5–9",
  HIGH: "10–16",
  CRITICAL: "20–25",
};

// The organisation's own words for the five steps; these defaults are used until per-organisation labels exist.
export const DEFAULT_LIKELIHOOD_LABELS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"] as const;
export const DEFAULT_IMPACT_LABELS = ["Negligible", "Minor", "Moderate", "Major", "Severe"] as const;

export function isScaleValue(value: unknown): value is ScaleValue {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function riskScore(likelihood: number, impact: number): number {
  if (!isScaleValue(likelihood) || !isScaleValue(impact)) {
    throw new RangeError(`Likelihood and impact must be whole numbers from 1 to 5 (got ${likelihood}, ${impact}).`);
  }
  return likelihood * impact;
}

export function bandOfScore(score: number): RiskBand {
  if (score >= 20) return "CRITICAL";
  if (score >= 10) return "HIGH";
  if (score >= 5) return "MEDIUM";
  return "LOW";
}

export function riskBand(likelihood: number, impact: number): RiskBand {
  return bandOfScore(riskScore(likelihood, impact));
}

/** High and critical residual risks may be accepted only by the roles with risk.accept, with a justification. */
export function needsPrivilegedAcceptance(band: RiskBand): boolean {
  return band === "HIGH" || band === "CRITICAL";
}

/** What a risk is scored on now: the residual rating once both parts are set, the inherent one otherwise. */
export function currentRating(risk: {
  likelihood: number;
  impact: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
}): { likelihood: number; impact: number; residual: boolean } {
  if (risk.residualLikelihood != null && risk.residualImpact != null) {
    return { likelihood: risk.residualLikelihood, impact: risk.residualImpact, residual: true };
  }
  return { likelihood: risk.likelihood, impact: risk.impact, residual: false };
}

export type HeatCell = { likelihood: number; impact: number; count: number; band: RiskBand };

/** Counts per cell of the 5 × 5 grid, rows from likelihood 5 down to 1 (how heat maps are read), impact 1..5.
 *  A point is one risk, or `count` risks when the database has already counted them (the portfolio heat map). */
export function heatMap(points: { likelihood: number; impact: number; count?: number }[]): HeatCell[][] {
  const counts = new Map<string, number>();
  for (const p of points)
    counts.set(`${p.likelihood}:${p.impact}`, (counts.get(`${p.likelihood}:${p.impact}`) ?? 0) + (p.count ?? 1));
  return [...SCALE].reverse().map((likelihood) =>
    SCALE.map((impact) => ({
      likelihood,
      impact,
      count: counts.get(`${likelihood}:${impact}`) ?? 0,
      band: riskBand(likelihood, impact),
    })),
  );
}
