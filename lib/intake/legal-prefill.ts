import type { ClassificationResult, TSystemProfile } from "@/lib/rules";
import { AFFECTED_GROUP_LABELS, AUTOMATION_LABELS, LIFECYCLE_LABELS } from "@/lib/validations/system-fields";
import { isoDay } from "@/lib/dates";

// Starting values for a record not written yet, taken from what the intake and the questionnaire already say, so
// legal edits facts instead of typing them again. Nothing here is saved until someone saves the form.

export type IntakeFacts = {
  name: string;
  organizationName: string;
  intendedPurpose: string;
  lifecycleStage: string;
  placedOnMarketAt: Date | null;
  affectedPersons: string[];
  affectedPersonsNote: string;
  automationLevel: string | null;
  humanOversight: string;
};

const labelOf = (labels: Record<string, string>, code: string | null) => (code ? (labels[code] ?? code) : "");

const CONDITION_BY_POINT: Record<string, string> = {
  "Art 6(3)(a)": "narrow_procedural",
  "Art 6(3)(b)": "improves_human_activity",
  "Art 6(3)(c)": "detects_patterns",
  "Art 6(3)(d)": "preparatory_task",
};

export function friaPrefill(s: IntakeFacts): Record<string, string> {
  const groups = s.affectedPersons.map((g) => labelOf(AFFECTED_GROUP_LABELS, g)).join(", ");
  const since = s.placedOnMarketAt ? `In use since ${isoDay(s.placedOnMarketAt)}` : "";
  const stage = labelOf(LIFECYCLE_LABELS, s.lifecycleStage);
  return {
    processes: s.intendedPurpose,
    period: [since, stage ? `lifecycle stage: ${stage}` : ""].filter(Boolean).join("; "),
    frequency: "",
    affectedGroups: [groups, s.affectedPersonsNote].filter(Boolean).join(". "),
    risks: "",
    oversight: [labelOf(AUTOMATION_LABELS, s.automationLevel), s.humanOversight].filter(Boolean).join(". "),
    mitigation: "",
    complaints: "",
  };
}

export function derogationPrefill(
  s: IntakeFacts,
  result: ClassificationResult | null,
  answers: TSystemProfile | null,
): Record<string, string> {
  const [claimed, ...alsoClaimed] = result?.facets.derogation.conditions ?? [];
  const profiling = answers?.performsProfiling;
  return {
    // Only a single claimed condition can be pre-filled; with several, legal chooses.
    condition: claimed !== undefined && alsoClaimed.length === 0 ? (CONDITION_BY_POINT[claimed] ?? "") : "",
    profiling: profiling === true ? "yes" : profiling === false ? "no" : "",
    providerName: s.organizationName,
    tradeName: s.name,
    intendedPurpose: s.intendedPurpose,
    status: s.lifecycleStage === "IN_PRODUCTION" ? "in_service" : "",
  };
}
