import type { ClassificationResult, TSystemProfile } from "@/lib/rules";
import {
  AFFECTED_GROUP_LABELS,
  AUTOMATION_LABELS,
  DATA_CATEGORY_LABELS,
  LIFECYCLE_LABELS,
  SOURCING_LABELS,
} from "@/lib/validations/system-fields";
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
  // Used by the Annex IV sections; absent in records built before they were read.
  description?: string;
  vendor?: string;
  sourcing?: string | null;
  dataCategories?: string[];
  models?: { name: string; versions: string[] }[];
  datasets?: string[];
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
    oversight: oversightOf(s),
    mitigation: "",
    complaints: "",
  };
}

const lines = (...parts: (string | false | 0 | null | undefined)[]) => parts.filter(Boolean).join("\n");

function oversightOf(s: IntakeFacts): string {
  return [labelOf(AUTOMATION_LABELS, s.automationLevel), s.humanOversight].filter(Boolean).join(". ");
}

// Annex IV points the intake can answer, by section; the rest (architecture, testing, standards…) only the provider
// knows. A bought system names its vendor as the provider; one built here names the organisation.
export function annexIvPrefill(s: IntakeFacts, section: number): Record<string, string> {
  const models = s.models ?? [];
  const provider = s.sourcing === "PROCURED" && s.vendor ? s.vendor : s.organizationName;
  const oversight = oversightOf(s);
  if (section === 1) {
    return {
      purpose: lines(
        s.intendedPurpose && `Intended purpose: ${s.intendedPurpose}`,
        s.description && `Description: ${s.description}`,
        `Provider: ${provider}`,
        s.sourcing && `Sourcing: ${labelOf(SOURCING_LABELS, s.sourcing)}`,
        s.lifecycleStage && `Lifecycle stage: ${labelOf(LIFECYCLE_LABELS, s.lifecycleStage)}`,
      ),
      interactions: models.length ? `Built on the models: ${models.map((m) => m.name).join(", ")}.` : "",
      softwareVersions: lines(
        ...models.filter((m) => m.versions.length).map((m) => `${m.name} ${m.versions.join(", ")}`),
      ),
      deployerInterface: oversight,
    };
  }
  if (section === 2) {
    const data = (s.dataCategories ?? []).map((c) => labelOf(DATA_CATEGORY_LABELS, c)).join(", ");
    return {
      methods: models.length ? `Built on the models: ${models.map((m) => m.name).join(", ")}.` : "",
      data: lines(s.datasets?.length && `Datasets: ${s.datasets.join(", ")}`, data && `Data categories: ${data}`),
      oversightAssessment: oversight,
    };
  }
  if (section === 3) {
    const groups = s.affectedPersons.map((g) => labelOf(AFFECTED_GROUP_LABELS, g)).join(", ");
    return {
      unintendedOutcomes: lines(groups && `Affected persons: ${groups}`, s.affectedPersonsNote),
      oversightMeasures: oversight,
    };
  }
  return {};
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
