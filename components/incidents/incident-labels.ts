import { useTranslations } from "next-intl";
import type { IncidentHarmCode, IncidentStatusCode } from "@/lib/incidents/labels";

const HARM_KEY = {
  DEATH: "harmDeath",
  HEALTH: "harmHealth",
  CRITICAL_INFRASTRUCTURE: "harmCriticalInfrastructure",
  FUNDAMENTAL_RIGHTS: "harmFundamentalRights",
  PROPERTY_ENVIRONMENT: "harmPropertyEnvironment",
  WIDESPREAD_INFRINGEMENT: "harmWidespreadInfringement",
} as const satisfies Record<IncidentHarmCode, string>;

const STATUS_KEY = {
  DRAFT: "statusDraft",
  OPEN: "statusOpen",
  INITIAL_REPORTED: "statusInitialReported",
  REPORTED: "statusReported",
  CLOSED: "statusClosed",
} as const satisfies Record<IncidentStatusCode, string>;

// lib/incidents/labels.ts's names in the reader's language (the library keeps English for jobs and documents).
export function useIncidentLabels() {
  const t = useTranslations("IncidentLabels");
  return {
    harm: (code: string) => (code in HARM_KEY ? t(HARM_KEY[code as IncidentHarmCode]) : code),
    status: (code: string) => (code in STATUS_KEY ? t(STATUS_KEY[code as IncidentStatusCode]) : code),
  };
}
