// The words an organisation gives the five likelihood and impact steps of its risk scale (Settings → Risk scale).
// One function turns the stored columns into the labels every page shows (heat maps, the risk form's selects, the
// risk lists), so a page never reads the columns itself and a half-set scale can never reach the screen.
import { DEFAULT_IMPACT_LABELS, DEFAULT_LIKELIHOOD_LABELS } from "./score";

export type RiskLabels = { likelihoodLabels: readonly string[]; impactLabels: readonly string[] };

export type StoredRiskLabels = { riskLikelihoodLabels: string[]; riskImpactLabels: string[] };

// The database holds either none (the defaults) or all five (Organization_riskLabels_five); anything else falls back.
const fiveOr = (stored: string[], fallback: readonly string[]) => (stored.length === 5 ? stored : fallback);

export function riskLabels(org: StoredRiskLabels): RiskLabels {
  return {
    likelihoodLabels: fiveOr(org.riskLikelihoodLabels, DEFAULT_LIKELIHOOD_LABELS),
    impactLabels: fiveOr(org.riskImpactLabels, DEFAULT_IMPACT_LABELS),
  };
}

export const DEFAULT_RISK_LABELS: RiskLabels = {
  likelihoodLabels: DEFAULT_LIKELIHOOD_LABELS,
  impactLabels: DEFAULT_IMPACT_LABELS,
};

/** What is stored for a scale: nothing when it is the defaults, so a later change of the defaults reaches it. */
export function toStoredLabels(labels: readonly string[], defaults: readonly string[]): string[] {
  return labels.every((label, i) => label === defaults[i]) ? [] : [...labels];
}

/** "4 – Likely": how a level is written wherever one is shown with its word. */
export function levelText(level: number, labels: readonly string[]): string {
  const word = labels[level - 1];
  return word ? `${level} – ${word}` : String(level);
}
