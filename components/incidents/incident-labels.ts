import { useTranslations } from "next-intl";
import type { IncidentHarmCode, IncidentStatusCode } from "@/lib/incidents/labels";
import { HARM_KEYS, STATUS_KEYS } from "@/lib/incidents/label-keys";

// lib/incidents/labels.ts's names in the reader's language (the library keeps English for jobs and documents).
export function useIncidentLabels() {
  const t = useTranslations("IncidentLabels");
  return {
    harm: (code: string) => (code in HARM_KEYS ? t(HARM_KEYS[code as IncidentHarmCode]) : code),
    status: (code: string) => (code in STATUS_KEYS ? t(STATUS_KEYS[code as IncidentStatusCode]) : code),
  };
}
