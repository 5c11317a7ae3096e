import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { currentRating, bandOfScore, riskScore, type RiskBand } from "@/lib/risks/score";
import type { Rating } from "../risk-register";
import type { DossierRisk } from "../snapshot";

// The Art 9 register's words in the dossier's language: bands, sources, treatments and states, and the summary
// sentences. The snapshot keeps codes, so none of this touches its hash.
const BAND = { LOW: "bandLow", MEDIUM: "bandMedium", HIGH: "bandHigh", CRITICAL: "bandCritical" } as const;
const BAND_COUNT = {
  LOW: "countLow",
  MEDIUM: "countMedium",
  HIGH: "countHigh",
  CRITICAL: "countCritical",
} as const;
const SOURCE = {
  INTAKE: "sourceIntake",
  FRIA: "sourceFria",
  INCIDENT: "sourceIncident",
  MONITORING: "sourceMonitoring",
  MANUAL: "sourceManual",
} as const;
const TREATMENT = {
  MITIGATE: "treatmentMitigate",
  ACCEPT: "treatmentAccept",
  AVOID: "treatmentAvoid",
  TRANSFER: "treatmentTransfer",
} as const;
const STATUS = { OPEN: "statusOpen", TREATED: "statusTreated", CLOSED: "statusClosed" } as const;

const pick = <M extends Record<string, string>>(keys: M, code: string | null | undefined): M[keyof M] | undefined =>
  code && Object.hasOwn(keys, code) ? keys[code as keyof M] : undefined;

export function riskWords(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "DossierRiskWords" });
  const word = <M extends Record<string, string>>(keys: M, code: string | null | undefined, fallback: string) => {
    const key = pick(keys, code);
    return key ? t(key as Parameters<typeof t>[0]) : fallback;
  };
  /** Counts per band of the current rating, most severe first, leaving out empty bands: "1 critical, 2 medium". */
  const bands = (risks: DossierRisk[]) => {
    const counts = new Map<RiskBand, number>();
    for (const r of risks) {
      const c = currentRating(r);
      const band = bandOfScore(riskScore(c.likelihood, c.impact));
      counts.set(band, (counts.get(band) ?? 0) + 1);
    }
    return (["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const)
      .filter((b) => counts.has(b))
      .map((b) => t(BAND_COUNT[b], { count: counts.get(b) ?? 0 }))
      .join(", ");
  };
  return {
    bands,
    band: (band: RiskBand) => t(BAND[band]),
    /** "16 High" */
    rating: (r: Rating | null) => (r ? t("rating", { score: String(r.score), band: t(BAND[r.band]) }) : t("notRated")),
    source: (code: string) => word(SOURCE, code, code),
    treatment: (code: string | null) => word(TREATMENT, code, t("notDecided")),
    status: (code: string) => word(STATUS, code, code),
  };
}
export type RiskWords = ReturnType<typeof riskWords>;
