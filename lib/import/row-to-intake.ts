import { ZSystemProfile, type TSystemProfile } from "@/lib/rules";
import { ZSystemIntake, type TSystemIntake, type TSystemIntakeInput } from "@/lib/validations/system";
import { firstIssue } from "@/lib/validations/first-issue";
import { COLUMN_BY_FIELD, MULTI_VALUE_SEPARATOR, type ColumnMapping, type ImportField } from "./columns";
import { resolveEnum } from "./values";
import { optionNames } from "./option-names";

// value: the cell as the file has it, so the person sees what to change without opening the file.
export type RowError = { row: number; column: string; value: string; message: string };
export type ParsedRow = { row: number; intake: TSystemIntake; answers: TSystemProfile | null };

const split = (raw: string) =>
  raw
    .split(MULTI_VALUE_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

// zod's own wording for a wrong type or option ("Invalid option: expected one of …") is developer text; enumerated
// columns are resolved before the schema sees them, so this only guards against a column added without that.
const DEVELOPER_CODES = new Set(["invalid_type", "invalid_value", "invalid_union", "invalid_format"]);

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
    errors.push({ row, column: columnName(field, mapping), value: cell(field), message });
  // Every enumerated column is matched by code or label here; a bad value is reported once, with the allowed values.
  const choice = (field: ImportField): string[] => {
    const resolved = resolveEnum(field, cell(field), optionNames);
    if (resolved.ok) return resolved.codes;
    fail(field, resolved.message);
    return [];
  };
  const single = (field: ImportField) => choice(field)[0] ?? "";

  const ownerEmail = cell("ownerEmail").toLowerCase();
  const ownerId = ownerEmail ? ownerIdByEmail.get(ownerEmail) : "";
  if (ownerId === undefined) fail("ownerEmail", `No member of this organisation has the email ${ownerEmail}.`);

  const input = {
    isDraft: single("isDraft") === "yes",
    name: cell("name"),
    description: cell("description"),
    intendedPurpose: cell("intendedPurpose"),
    businessUnit: cell("businessUnit"),
    ownerId: ownerId ?? "",
    vendor: cell("vendor"),
    sourcing: single("sourcing"),
    lifecycleStage: single("lifecycleStage"),
    placedOnMarketAt: cell("placedOnMarketAt"),
    memberStates: choice("memberStates"),
    outputUsedInEu: single("outputUsedInEu"),
    affectedPersons: choice("affectedPersons"),
    affectedPersonsNote: cell("affectedPersonsNote"),
    automationLevel: single("automationLevel"),
    humanOversight: cell("humanOversight"),
    dataCategories: choice("dataCategories"),
    models: modelRows(cell("models")),
    datasets: split(cell("datasets")).map((name) => ({ name, description: "", uri: "" })),
  } as TSystemIntakeInput;
  const parsed = ZSystemIntake.safeParse(input);
  if (!parsed.success) {
    // A column already reported (a value not allowed) is not reported again as empty by the schema.
    const reported = new Set(errors.map((e) => e.column));
    for (const issue of parsed.error.issues) {
      const path = (issue.path[0] === "ownerId" ? "ownerEmail" : issue.path[0]) as ImportField;
      const field = COLUMN_BY_FIELD.has(path) ? path : "name";
      if (reported.has(columnName(field, mapping))) continue;
      fail(
        field,
        DEVELOPER_CODES.has(issue.code) ? `“${cell(field)}” is not a value this column takes.` : issue.message,
      );
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
