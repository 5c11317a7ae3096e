import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { autoMapColumns, COLUMN_BY_FIELD, unmappedRequired, type ColumnMapping, type ImportField } from "@/lib/import/columns";
import { csvRecords, type CheckedCsv } from "@/lib/import/csv";
import { ImportLimitError } from "@/lib/import/limits";
import { rowToIntake, type ParsedRow, type RowError } from "@/lib/import/row-to-intake";
import type { ImportReportDTO } from "@/lib/import/stream";
import { checkCsvText } from "@/lib/import/upload";
import { missingAnswers } from "@/lib/rules";
import { authorize } from "./authorize";
import { writeImportedSystems } from "./system-import-write";

export type ImportReport = ImportReportDTO;

export type ImportProgress = (done: number, total: number) => void;

type Lookup = { mapping: ColumnMapping; ownerIdByEmail: ReadonlyMap<string, string> };

// Validates every row with the intake schema and reports each problem by row and column; only a file without a
// single error is written, in one transaction, so a failed or killed import leaves nothing behind.
// The file is read twice rather than held as parsed rows: the check keeps only counts and errors, and the write
// parses again part by part, so memory stays at one batch of rows whatever the file's size (issue #14: 2.4-2.7 GB).
export async function importSystemsCsv(
  actor: Actor,
  input: { csv: string | CheckedCsv; mapping?: Record<string, string>; dryRun: boolean },
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const member = await authorize(actor, "system.write");
  const file = await limitsToValidation(async () => (typeof input.csv === "string" ? checkCsvText(input.csv) : input.csv));
  const { headers, rows: total } = file;
  if (total === 0) throw new AppError("VALIDATION", "The file has a header row but no systems below it.");
  const mapping = input.mapping ? checkMapping(input.mapping, headers) : autoMapColumns(headers);
  const lookup: Lookup = { mapping, ownerIdByEmail: await memberEmails(member.organizationId) };

  const checked = await checkRows(file, lookup, input.dryRun ? (done) => onProgress?.(done, total) : undefined);
  const report: ImportReport = {
    dryRun: input.dryRun, headers, mapping, missingRequired: unmappedRequired(mapping).map((c) => c.label),
    total: checked.total, valid: checked.valid, errors: checked.errors, created: 0, classified: 0,
  };
  if (input.dryRun || checked.errors.length > 0) {
    onProgress?.(checked.total, checked.total);
    return report;
  }
  onProgress?.(0, checked.total);
  const written = await writeImportedSystems(member, validRows(file, lookup), { count: checked.valid, classified: checked.classified }, (done) => onProgress?.(done, checked.total));
  return { ...report, created: written.created, classified: written.classified };
}

const isComplete = (row: ParsedRow) => !!row.answers && missingAnswers(row.answers).length === 0;

// Row numbers as a spreadsheet shows them: the header is row 1.
async function checkRows(file: CheckedCsv, lookup: Lookup, onProgress?: (done: number) => void) {
  const errors: RowError[] = [];
  let total = 0, valid = 0, classified = 0;
  const step = Math.max(500, Math.ceil(file.rows / 20));
  await limitsToValidation(async () => {
    for await (const { record, index } of csvRecords(file)) {
      const result = rowToIntake(record, index + 2, lookup.mapping, lookup.ownerIdByEmail);
      total++;
      if (result.ok) {
        valid++;
        if (isComplete(result.value)) classified++;
      } else errors.push(...result.errors);
      if (total % step === 0) onProgress?.(total);
    }
  });
  return { total, valid, classified, errors };
}

// The second reading, for the write: the same rows the check passed, with whether each is classified on import.
async function* validRows(file: CheckedCsv, lookup: Lookup): AsyncGenerator<ParsedRow & { classify: boolean }> {
  for await (const { record, index } of csvRecords(file)) {
    const result = rowToIntake(record, index + 2, lookup.mapping, lookup.ownerIdByEmail);
    if (!result.ok) throw new AppError("CONFLICT", "The file changed between its check and the import. Check it again.");
    yield { ...result.value, classify: isComplete(result.value) };
  }
}

async function limitsToValidation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportLimitError) throw new AppError("VALIDATION", error.message, { fieldErrors: { csv: [error.message] } });
    throw error;
  }
}

// A mapping names CSV headers; one that names a header the file does not have would silently import blanks.
function checkMapping(raw: Record<string, string>, headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, header] of Object.entries(raw)) {
    if (!header) continue;
    if (!COLUMN_BY_FIELD.has(field as ImportField)) fieldErrors[field] = ["This is not a field of the import."];
    else if (!headers.includes(header)) fieldErrors[field] = [`The file has no column “${header}”.`];
    else mapping[field as ImportField] = header;
  }
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "The column mapping does not match the file.", { fieldErrors });
  return mapping;
}

async function memberEmails(organizationId: string): Promise<Map<string, string>> {
  const members = await db().membership.findMany({ where: { organizationId }, select: { userId: true, user: { select: { email: true } } } });
  return new Map(members.map((m) => [m.user.email.toLowerCase(), m.userId]));
}
