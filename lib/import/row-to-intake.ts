import { ZSystemProfile, type TSystemProfile } from "@/lib/rules";
import { ZSystemIntake, type TSystemIntake, type TSystemIntakeInput } from "@/lib/validations/system";
import { firstIssue } from "@/lib/validations/first-issue";
import {
  AFFECTED_GROUP_LABELS,
  AUTOMATION_LABELS,
  DATA_CATEGORY_LABELS,
  EU_MEMBER_STATES,
  LIFECYCLE_LABELS,
  SOURCING_LABELS,
} from "@/lib/validations/system-fields";
import { COLUMN_BY_FIELD, MULTI_VALUE_SEPARATOR, type ColumnMapping, type ImportField } from "./columns";

export type RowError = { row: number; column: string; message: string };
export type ParsedRow = { row: number; intake: TSystemIntake; answers: TSystemProfile | null };

// Codes are matched as typed or by their label, case-insensitively; anything else is passed through unchanged so the
// intake schema rejects it with its own message.
function codeFor(labels: Record<string, string>, raw: string): string {
  const value = raw.trim();
  if (!value) return "";
  const lower = value.toLowerCase();
  const hit = Object.entries(labels).find(
    ([code, label]) => code.toLowerCase() === lower || label.toLowerCase() === lower,
  );
  return hit ? hit[0] : value;
}

const split = (raw: string) =>
  raw
    .split(MULTI_VALUE_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
const yesNo = (raw: string) => {
  const v = raw.trim().toLowerCase();
  if (["yes", "y", "true", "1", "ja", "oui"].includes(v)) return "yes";
  if (["no", "n", "false", "0", "nein", "non"].includes(v)) return "no";
  return v;
};

function modelRows(raw: string): TSystemIntakeInput["models"] {
  const byName = new Map<string, string[]>();
  for (const item of split(raw)) {
    const at = item.lastIndexOf("@");
    const [name, version] = at > 0 ? [item.slice(0, at).trim(), item.slice(at + 1).trim()] : [item, ""];
    const versions = byName.get(name) ?? [];
    if (version && !versions.includes(version)) versions.push(version);
    byName.set(name, versions);
  }
  return [...byName].map(([name, versions]) => ({
    name,
    registryName: "",
    versions: versions.map((version) => ({ version, stage: "" })),
  }));
}

export function columnName(field: ImportField, mapping: ColumnMapping): string {
  return mapping[field] ?? `${COLUMN_BY_FIELD.get(field)?.header ?? field} (not mapped)`;
}

// One CSV record → the intake schema's input, validated by the ONE intake schema; issues come back per CSV column.
export function rowToIntake(
  record: Record<string, string>,
  row: number,
  mapping: ColumnMapping,
  ownerIdByEmail: ReadonlyMap<string, string>,
): { ok: true; value: ParsedRow } | { ok: false; errors: RowError[] } {
  const cell = (field: ImportField) => {
    const header = mapping[field];
    return header === undefined ? "" : (record[header] ?? "").trim();
  };
  const errors: RowError[] = [];
  const fail = (field: ImportField, message: string) =>
    errors.push({ row, column: columnName(field, mapping), message });

  const ownerEmail = cell("ownerEmail").toLowerCase();
  const ownerId = ownerEmail ? ownerIdByEmail.get(ownerEmail) : "";
  if (ownerId === undefined) fail("ownerEmail", `No member of this organisation has the email ${ownerEmail}.`);

  const input: TSystemIntakeInput = {
    isDraft: yesNo(cell("isDraft")) === "yes",
    name: cell("name"),
    description: cell("description"),
    intendedPurpose: cell("intendedPurpose"),
    businessUnit: cell("businessUnit"),
    ownerId: ownerId ?? "",
    vendor: cell("vendor"),
    sourcing: codeFor(SOURCING_LABELS, cell("sourcing")) as TSystemIntakeInput["sourcing"],
    lifecycleStage: codeFor(LIFECYCLE_LABELS, cell("lifecycleStage")) as TSystemIntakeInput["lifecycleStage"],
    placedOnMarketAt: cell("placedOnMarketAt"),
    memberStates: split(cell("memberStates")).map((s) =>
      codeFor(EU_MEMBER_STATES, s),
    ) as TSystemIntakeInput["memberStates"],
    outputUsedInEu: yesNo(cell("outputUsedInEu")) as TSystemIntakeInput["outputUsedInEu"],
    affectedPersons: split(cell("affectedPersons")).map((s) =>
      codeFor(AFFECTED_GROUP_LABELS, s),
    ) as TSystemIntakeInput["affectedPersons"],
    affectedPersonsNote: cell("affectedPersonsNote"),
    automationLevel: codeFor(AUTOMATION_LABELS, cell("automationLevel")) as TSystemIntakeInput["automationLevel"],
    humanOversight: cell("humanOversight"),
    dataCategories: split(cell("dataCategories")).map((s) =>
      codeFor(DATA_CATEGORY_LABELS, s),
    ) as TSystemIntakeInput["dataCategories"],
    models: modelRows(cell("models")),
    datasets: split(cell("datasets")).map((name) => ({ name, description: "", uri: "" })),
  };
  const parsed = ZSystemIntake.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] === "ownerId" ? "ownerEmail" : issue.path[0]) as ImportField;
      fail(COLUMN_BY_FIELD.has(field) ? field : "name", issue.message);
    }
  }
  const answers = parseAnswers(cell("classificationAnswers"), (message) => fail("classificationAnswers", message));
  if (errors.length || !parsed.success) return { ok: false, errors: dedupe(errors) };
  return { ok: true, value: { row, intake: parsed.data, answers } };
}

function parseAnswers(raw: string, fail: (message: string) => void): TSystemProfile | null {
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    fail('Enter the answers as a JSON object, like {"artefactType":"ai_system"}.');
    return null;
  }
  const parsed = ZSystemProfile.safeParse(json);
  if (parsed.success) return parsed.data;
  const first = firstIssue(parsed.error);
  fail(`Answer ${first.path || "(object)"}: ${first.message}`);
  return null;
}

function dedupe(errors: RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.column}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
