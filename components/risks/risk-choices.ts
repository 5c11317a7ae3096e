import { useTranslations } from "next-intl";
import type { RiskSourceCode, RiskTreatmentCode } from "@/lib/validations/risks";

const SOURCE_KEY = {
  INTAKE: "sourceIntake",
  FRIA: "fundamentalRightsImpactAssessment",
  INCIDENT: "sourceIncident",
  MONITORING: "sourceMonitoring",
  MANUAL: "sourceManual",
} as const satisfies Record<RiskSourceCode, string>;

const TREATMENT_KEY = {
  MITIGATE: "treatmentMitigate",
  ACCEPT: "treatmentAccept",
  AVOID: "treatmentAvoid",
  TRANSFER: "treatmentTransfer",
} as const satisfies Record<RiskTreatmentCode, string>;

// Where a risk was found and how it is treated, in the reader's language (lib/validations/risks keeps the English
// for the API and the CSV).
export function useRiskChoices() {
  const t = useTranslations("RiskChoices");
  return {
    source: (source: RiskSourceCode) => t(SOURCE_KEY[source]),
    treatment: (treatment: RiskTreatmentCode) => t(TREATMENT_KEY[treatment]),
  };
}
