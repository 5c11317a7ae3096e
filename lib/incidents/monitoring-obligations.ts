// The kinds of monitoring result, defined beside the tables that map each kind: the schemas in lib/validations import
// them from here (not the other way round, which made lib/incidents and lib/validations a loop).
export const MONITORING_KINDS = ["EVALUATION", "BIAS", "DRIFT"] as const;
export type MonitoringKindCode = (typeof MONITORING_KINDS)[number];

// Which of the system's obligations (rule-set codes) a breached result belongs to, best first:
// evaluation results test declared accuracy and robustness (Art 15; Art 55(1)(a) for GPAI with systemic risk);
// drift is what post-market monitoring watches for (Art 72); a bias gap is a data-governance finding (Art 10),
// otherwise an accuracy one. A deployer has only its own monitoring duty (Art 26(5)) to attach it to.
export const OBLIGATION_CODES_BY_KIND: Record<MonitoringKindCode, readonly string[]> = {
  EVALUATION: [
    "hr.accuracy_robustness",
    "gpai.model_evaluation",
    "hr.post_market_monitoring",
    "hr.deployer.monitoring",
  ],
  DRIFT: ["hr.post_market_monitoring", "hr.accuracy_robustness", "hr.deployer.monitoring", "gpai.model_evaluation"],
  BIAS: ["hr.data_governance", "hr.accuracy_robustness", "hr.post_market_monitoring", "hr.deployer.monitoring"],
};

export const KIND_LABELS: Record<MonitoringKindCode, string> = {
  EVALUATION: "Evaluation",
  BIAS: "Bias",
  DRIFT: "Drift",
};

export function pickObligation<T extends { code: string }>(
  kind: MonitoringKindCode,
  obligations: readonly T[],
): T | null {
  for (const code of OBLIGATION_CODES_BY_KIND[kind]) {
    const match = obligations.find((o) => o.code === code);
    if (match) return match;
  }
  return null;
}

const number = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4))));

// "accuracy = 0.81, limit ≥ 0.9": the reading and the side it had to stay on.
export function describeReading(e: {
  metric: string;
  value: number;
  threshold: number | null;
  direction: string;
}): string {
  if (e.threshold === null) return `${e.metric} = ${number(e.value)}`;
  return `${e.metric} = ${number(e.value)}, limit ${e.direction === "min" ? "≥" : "≤"} ${number(e.threshold)}`;
}
