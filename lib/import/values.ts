import {
  AFFECTED_GROUP_LABELS,
  AUTOMATION_LABELS,
  DATA_CATEGORY_LABELS,
  EU_MEMBER_STATES,
  LIFECYCLE_LABELS,
  SOURCING_LABELS,
} from "@/lib/validations/system-fields";
import { csvDocument } from "@/lib/csv/write";
import { COLUMN_BY_FIELD, MULTI_VALUE_SEPARATOR, type ImportField } from "./columns";

// The allowed values of every enumerated import column, and how a typed value is matched to one: people copy what the
// form shows ("No personal data", "Advisory"), so the code, the full label and its short form (before a colon or a
// parenthesis) are all accepted, ignoring case, spaces, hyphens and the British/American -ise/-ize spelling.

export type Choice = { code: string; label: string; aliases?: string[] };
export type EnumColumn = { multi: boolean; emptyAllowed: boolean; choices: Choice[] };

const fromLabels = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([code, label]) => ({ code, label }));

const YES_NO: Choice[] = [
  { code: "yes", label: "yes", aliases: ["y", "true", "1", "ja", "oui"] },
  { code: "no", label: "no", aliases: ["n", "false", "0", "nein", "non"] },
];

export const ENUM_COLUMNS: Partial<Record<ImportField, EnumColumn>> = {
  sourcing: { multi: false, emptyAllowed: true, choices: fromLabels(SOURCING_LABELS) },
  lifecycleStage: { multi: false, emptyAllowed: false, choices: fromLabels(LIFECYCLE_LABELS) },
  memberStates: { multi: true, emptyAllowed: true, choices: fromLabels(EU_MEMBER_STATES) },
  outputUsedInEu: { multi: false, emptyAllowed: true, choices: YES_NO },
  affectedPersons: { multi: true, emptyAllowed: true, choices: fromLabels(AFFECTED_GROUP_LABELS) },
  automationLevel: { multi: false, emptyAllowed: true, choices: fromLabels(AUTOMATION_LABELS) },
  dataCategories: { multi: true, emptyAllowed: false, choices: fromLabels(DATA_CATEGORY_LABELS) },
  isDraft: { multi: false, emptyAllowed: true, choices: YES_NO },
};

const key = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/is(e|ed|ation)\b/g, "iz$1")
    .replace(/[^a-z0-9]/g, "");

/** An option's labels in other languages (lib/import/option-names on the server); none by default. */
export type OptionNames = (field: ImportField, code: string) => string[];
const englishOnly: OptionNames = () => [];

function namesOf(field: ImportField, choice: Choice, optionNames: OptionNames): string[] {
  const short = [choice.label.split(":")[0] ?? "", choice.label.replace(/\s*\(.*\)\s*$/, "")];
  const others = optionNames(field, choice.code);
  return [choice.code, choice.label, ...short, ...(choice.aliases ?? []), ...others].filter(Boolean);
}

// Built once per way of naming labels: a file of 10,000 rows looks each cell up, it does not rebuild this.
const LOOKUPS = new Map<OptionNames, Map<string, Map<string, string>>>();
function lookupsFor(optionNames: OptionNames): Map<string, Map<string, string>> {
  let lookups = LOOKUPS.get(optionNames);
  if (!lookups) {
    const entries = (field: ImportField, column: EnumColumn) =>
      column.choices.flatMap((choice) =>
        namesOf(field, choice, optionNames).map((name) => [key(name), choice.code] as const),
      );
    lookups = new Map(
      Object.entries(ENUM_COLUMNS).map(([field, column]) => [field, new Map(entries(field as ImportField, column))]),
    );
    LOOKUPS.set(optionNames, lookups);
  }
  return lookups;
}

/** How the allowed values read in an error, the template and the import page: the code and, where it differs, the label. */
export function allowedText(column: EnumColumn): string {
  const values = column.choices.map((c) => (c.code === c.label ? c.code : `${c.code} (${c.label})`));
  const list = column.emptyAllowed ? `${values.join(", ")}, or leave it empty` : values.join(", ");
  return column.multi ? `Allowed (several separated by ${MULTI_VALUE_SEPARATOR}): ${list}.` : `Allowed: ${list}.`;
}

export type Resolved = { ok: true; codes: string[] } | { ok: false; message: string };

/** The codes a cell names, or a plain sentence naming the first value that is not allowed and the allowed ones. */
export function resolveEnum(field: ImportField, raw: string, optionNames: OptionNames = englishOnly): Resolved {
  const column = ENUM_COLUMNS[field];
  const lookup = lookupsFor(optionNames).get(field);
  if (!column || !lookup) return { ok: true, codes: raw.trim() ? [raw.trim()] : [] };
  const parts = (column.multi ? raw.split(MULTI_VALUE_SEPARATOR) : [raw]).map((s) => s.trim()).filter(Boolean);
  const codes: string[] = [];
  for (const part of parts) {
    const code = lookup.get(key(part));
    if (code === undefined) return { ok: false, message: `“${part}” is not an allowed value. ${allowedText(column)}` };
    if (!codes.includes(code)) codes.push(code);
  }
  return { ok: true, codes };
}

/** Every enumerated column with its allowed values, one per row, as the page shows them and as a second download. */
export function allowedValueRows(): {
  field: ImportField;
  header: string;
  code: string;
  label: string;
  multi: boolean;
}[] {
  return Object.entries(ENUM_COLUMNS).flatMap(([field, column]) =>
    column.choices.map((c) => ({
      field: field as ImportField,
      header: COLUMN_BY_FIELD.get(field as ImportField)?.header ?? field,
      code: c.code,
      label: c.label,
      multi: column.multi,
    })),
  );
}

export function allowedValuesCsv(): string {
  return csvDocument([
    ["column", "value", "label shown in the form (also accepted)", "several allowed (separated by ;)"],
    ...allowedValueRows().map((r) => [r.header, r.code, r.label, r.multi ? "yes" : "no"]),
  ]);
}
