// The columns of the AI-system CSV import: one per intake field (lib/validations/system.ts) plus the owner's email
// and optional classification answers. Pure data, shared by the template, the mapping UI and the importer.

export type ImportField =
  | "name"
  | "description"
  | "intendedPurpose"
  | "businessUnit"
  | "ownerEmail"
  | "vendor"
  | "sourcing"
  | "lifecycleStage"
  | "placedOnMarketAt"
  | "memberStates"
  | "outputUsedInEu"
  | "affectedPersons"
  | "affectedPersonsNote"
  | "automationLevel"
  | "humanOversight"
  | "dataCategories"
  | "models"
  | "datasets"
  | "isDraft"
  | "classificationAnswers";

export type ImportColumn = {
  field: ImportField;
  header: string;
  label: string;
  // Required unless the row is a draft; "name" is required always.
  required: boolean;
  hint: string;
  examples: [string, string];
};

export const MULTI_VALUE_SEPARATOR = ";";

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    field: "name",
    header: "name",
    label: "Name",
    required: true,
    hint: "At least 2 characters.",
    examples: ["Credit scoring v2", "Support chatbot"],
  },
  {
    field: "description",
    header: "description",
    label: "Description",
    required: false,
    hint: "Free text.",
    examples: ["Scores consumer loan applications.", "Answers customer questions on the website."],
  },
  {
    field: "intendedPurpose",
    header: "intended_purpose",
    label: "Intended purpose",
    required: true,
    hint: "Free text.",
    examples: ["Assess creditworthiness of natural persons.", "First-line customer support."],
  },
  {
    field: "businessUnit",
    header: "business_unit",
    label: "Business unit",
    required: true,
    hint: "Free text.",
    examples: ["Retail lending", "Customer service"],
  },
  {
    field: "ownerEmail",
    header: "owner_email",
    label: "Owner (email)",
    required: false,
    hint: "Email of a member of this organisation.",
    examples: ["", ""],
  },
  {
    field: "vendor",
    header: "vendor",
    label: "Vendor / provider",
    required: false,
    hint: "Free text.",
    examples: ["", "Acme AI Ltd"],
  },
  {
    field: "sourcing",
    header: "sourcing",
    label: "Sourcing",
    required: false,
    hint: "A code or the label the form shows; see the allowed values.",
    examples: ["BUILT_IN_HOUSE", "Bought from a vendor"],
  },
  {
    field: "lifecycleStage",
    header: "lifecycle_stage",
    label: "Lifecycle stage",
    required: true,
    hint: "A code or the label the form shows; see the allowed values.",
    examples: ["IN_PRODUCTION", "Pilot"],
  },
  {
    field: "placedOnMarketAt",
    header: "placed_on_market_at",
    label: "Placed on the market",
    required: false,
    hint: "YYYY-MM-DD.",
    examples: ["2025-03-01", ""],
  },
  {
    field: "memberStates",
    header: "member_states",
    label: "EU member states",
    required: false,
    hint: "Country codes or names separated by ;, e.g. DE;FR or Germany;France.",
    examples: ["DE;FR", "NL"],
  },
  {
    field: "outputUsedInEu",
    header: "output_used_in_eu",
    label: "Output used in the EU",
    required: false,
    hint: "yes, no or empty.",
    examples: ["yes", ""],
  },
  {
    field: "affectedPersons",
    header: "affected_persons",
    label: "Affected persons",
    required: false,
    hint: "Codes or labels separated by ;, e.g. CUSTOMERS;Employees.",
    examples: ["CUSTOMERS", "Customers;General public"],
  },
  {
    field: "affectedPersonsNote",
    header: "affected_persons_note",
    label: "Affected persons (note)",
    required: false,
    hint: "Free text.",
    examples: ["", ""],
  },
  {
    field: "automationLevel",
    header: "automation_level",
    label: "Degree of automation",
    required: false,
    hint: "A code or the label the form shows, e.g. Advisory; see the allowed values.",
    examples: ["HUMAN_IN_THE_LOOP", "Advisory: a person decides"],
  },
  {
    field: "humanOversight",
    header: "human_oversight",
    label: "Human oversight",
    required: false,
    hint: "Free text.",
    examples: ["Credit officer reviews every decline.", ""],
  },
  {
    field: "dataCategories",
    header: "data_categories",
    label: "Data categories",
    required: true,
    hint: "Codes or labels separated by ;, e.g. PERSONAL or No personal data.",
    examples: ["PERSONAL", "No personal data"],
  },
  {
    field: "models",
    header: "models",
    label: "Linked models",
    required: false,
    hint: "Model names separated by ;; name@version links a version.",
    examples: ["credit-gbm@3", ""],
  },
  {
    field: "datasets",
    header: "datasets",
    label: "Linked datasets",
    required: false,
    hint: "Dataset names separated by ;.",
    examples: ["loan-applications-2024", ""],
  },
  {
    field: "isDraft",
    header: "draft",
    label: "Draft",
    required: false,
    hint: "yes saves the row as a draft (fewer required fields).",
    examples: ["no", "no"],
  },
  {
    field: "classificationAnswers",
    header: "classification_answers",
    label: "Classification answers (JSON)",
    required: false,
    hint: "Optional JSON object of questionnaire answers; a complete set classifies the system on import.",
    examples: ["", ""],
  },
];

export const COLUMN_BY_FIELD = new Map(IMPORT_COLUMNS.map((c) => [c.field, c]));

export type ColumnMapping = Partial<Record<ImportField, string>>;

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

// Matches a CSV header to a field by the template header, the field key or the label, ignoring case and punctuation,
// so "Business unit", "business_unit" and "businessUnit" all map without the user doing anything. `labelNames` adds
// other names of a label (the server passes the German and French headers of an inventory export; this module stays
// free of messages, since the browser's import wizard runs it too).
export function autoMapColumns(
  headers: string[],
  labelNames: (label: string) => string[] = (label) => [label],
): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const column of IMPORT_COLUMNS) {
    const names = new Set([column.header, column.field, ...labelNames(column.label)].map(normalise));
    const match = headers.find((h) => names.has(normalise(h)));
    if (match !== undefined) mapping[column.field] = match;
  }
  return mapping;
}

export function unmappedRequired(mapping: ColumnMapping): ImportColumn[] {
  return IMPORT_COLUMNS.filter((c) => c.required && !mapping[c.field]);
}
