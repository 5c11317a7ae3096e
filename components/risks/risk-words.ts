import { useTranslations } from "next-intl";
import type { RiskBand } from "@/lib/risks/score";
import type { RiskStatusCode } from "@/lib/validations/risks";

const BAND_KEY = {
  LOW: "bandLow",
  MEDIUM: "bandMedium",
  HIGH: "bandHigh",
  CRITICAL: "bandCritical",
} as const satisfies Record<RiskBand, string>;

const STATUS_KEY = {
  OPEN: "statusOpen",
  TREATED: "statusTreated",
  CLOSED: "statusClosed",
} as const satisfies Record<RiskStatusCode, string>;

// The risk bands' and statuses' names in the reader's language (lib/risks and lib/validations keep the English for
// the API and documents).
export function useRiskWords() {
  const t = useTranslations("RiskWords");
  return {
    band: (band: RiskBand) => t(BAND_KEY[band]),
    status: (status: RiskStatusCode) => t(STATUS_KEY[status]),
  };
}
