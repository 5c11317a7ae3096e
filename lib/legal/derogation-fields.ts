import { date, text, textarea, type LegalField } from "./fields";

// The Art 6(3) assessment (documented under Art 6(4)) and the EU-database data of Annex VIII Section B as amended:
// name and contacts, trade name, intended purpose, the condition relied on, and status.
export const DEROGATION_CONDITION_OPTIONS = [
  { value: "narrow_procedural", label: "(a) A narrow procedural task" },
  { value: "improves_human_activity", label: "(b) Improves the result of a completed human activity" },
  { value: "detects_patterns", label: "(c) Detects decision patterns or deviations, with proper human review" },
  { value: "preparatory_task", label: "(d) A preparatory task to an assessment" },
] as const;

export const PROFILING_OPTIONS = [
  { value: "no", label: "No: it does not profile natural persons" },
  { value: "yes", label: "Yes: it profiles natural persons" },
] as const;

export const REGISTRATION_STATUS_OPTIONS = [
  { value: "on_market", label: "On the market" },
  { value: "in_service", label: "In service" },
  { value: "withdrawn", label: "No longer placed on the market or in service" },
  { value: "recalled", label: "Recalled" },
] as const;

export const DEROGATION_ASSESSMENT_FIELDS: LegalField[] = [
  {
    key: "condition",
    label: "Art 6(3) condition relied on",
    kind: "select",
    required: true,
    options: DEROGATION_CONDITION_OPTIONS,
  },
  textarea(
    "reasoning",
    "Why the condition holds",
    "Explain why the system does not materially influence the outcome of decision-making. The burden of proof is on the provider.",
  ),
  {
    key: "profiling",
    label: "Profiling check",
    kind: "select",
    required: true,
    options: PROFILING_OPTIONS,
    hint: "An Annex III system that profiles natural persons is always high-risk (Art 6(3), third subparagraph).",
  },
  textarea(
    "profilingReasoning",
    "Why the system does or does not profile",
    "Which personal aspects it evaluates or predicts, if any (Art 3(52), GDPR Art 4(4)).",
  ),
  date(
    "assessedOn",
    "Date of the assessment",
    "It must be documented before the system is placed on the market or put into service (Art 6(4)).",
  ),
];

export const DEROGATION_REGISTRATION_FIELDS: LegalField[] = [
  text("providerName", "Provider name"),
  textarea("providerContact", "Provider address and contact details"),
  text("tradeName", "Trade name", "And any other reference that identifies the system."),
  textarea("intendedPurpose", "Intended purpose"),
  { key: "status", label: "Status", kind: "select", required: true, options: REGISTRATION_STATUS_OPTIONS },
  text("registrationReference", "EU database registration number", "Once registered under Art 49(2).", false),
];

export const DEROGATION_FIELDS: LegalField[] = [...DEROGATION_ASSESSMENT_FIELDS, ...DEROGATION_REGISTRATION_FIELDS];
