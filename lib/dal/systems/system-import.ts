import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  autoMapColumns,
  COLUMN_BY_FIELD,
  unmappedRequired,
  type ColumnMapping,
  type ImportField,
} from "@/lib/import/columns";
import { csvParts, type CheckedCsv } from "@/lib/import/csv";
import { ImportLimitError } from "@/lib/import/limits";
import { rowToIntake, type ParsedRow, type RowError } from "@/lib/import/row-to-intake";
import type { ImportReportDTO } from "@/lib/import/stream";
import { checkCsvText } from "@/lib/import/upload";
import { missingAnswers } from "@/lib/rules";
import { authorize } from "@/lib/dal/core/authorize";
import { writeImportedSystems } from "@/lib/dal/systems/internal/system-import-write";

export type ImportReport = ImportReportDTO;

export type ImportProgress = (done: number, total: number) => void;

type Lookup = { mapping: ColumnMapping; ownerIdByEmail: ReadonlyMap<string, string> };

type Check = { total: number; valid: number; errors: RowError[] };

// Validates every row with the intake schema and reports each problem by row and column; only a file without a
// single error is written, in one transaction, so a failed or killed import leaves nothing behind.
// The file is read once, part by part, and a commit writes the rows in batches as they pass, so memory holds one
// batch of rows, never the whole file's rows or results (issue #14). A row that fails stops the writing (the check
// goes on, to report every problem) and the transaction is rolled back.
export async function importSystemsCsv(
  actor: Actor,
  input: { csv: string | CheckedCsv; mapping?: Record<string, string>; dryRun: boolean },
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const member = await authorize(actor, "system.write");
  const file = await limitsToValidation(async () =>
    typeof input.csv === "string" ? checkCsvText(input.csv) : input.csv,
  );
  const { headers } = file;
  if (file.rows === 0) throw new AppError("VALIDATION", "The file has a header row but no systems below it.");
  const mapping = input.mapping ? checkMapping(input.mapping, headers) : autoMapColumns(headers);
  const lookup: Lookup = { mapping, ownerIdByEmail: await memberEmails(member.organizationId) };

  const check: Check = { total: 0, valid: 0, errors: [] };
  const rows = checkedRows(file, lookup, check, input.dryRun ? (done) => onProgress?.(done, file.rows) : undefined);
  let written = { created: 0, classified: 0 };
  if (input.dryRun) {
    await limitsToValidation(async () => {
      for await (const _ of rows);
    });
  } else {
    onProgress?.(0, file.rows);
    written = await limitsToValidation(() =>
      writeImportedSystems(
        member,
        rows,
        () => check.errors.length === 0,
        (done) => onProgress?.(done, file.rows),
      ),
    );
  }
  if (check.total === 0) throw new AppError("VALIDATION", "The file has a header row but no systems below it.");
  onProgress?.(check.total, check.total);
  return {
    dryRun: input.dryRun,
    headers,
    mapping,
    missingRequired: unmappedRequired(mapping).map((c) => c.label),
    total: check.total,
    valid: check.valid,
    errors: check.errors,
    ...written,
  };
}

const isComplete = (row: ParsedRow) => !!row.answers && missingAnswers(row.answers).length === 0;

// The rows that pass, part by part, with whether each is classified on import; counts and errors go into `check`.
// Row numbers as a spreadsheet shows them: the header is row 1.
async function* checkedRows(file: CheckedCsv, lookup: Lookup, check: Check, onProgress?: (done: number) => void) {
  const step = Math.max(500, Math.ceil(file.rows / 20));
  for await (const { records, first } of csvParts(file)) {
    const passed: (ParsedRow & { classify: boolean })[] = [];
    records.forEach((record, i) => {
      const result = rowToIntake(record, first + i + 2, lookup.mapping, lookup.ownerIdByEmail);
      check.total++;
      if (result.ok) {
        check.valid++;
        passed.push({ ...result.value, classify: isComplete(result.value) });
      } else check.errors.push(...result.errors);
      if (check.total % step === 0) onProgress?.(check.total);
    });
    yield passed;
  }
}

async function limitsToValidation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportLimitError)
      throw new AppError("VALIDATION", error.message, { fieldErrors: { csv: [error.message] } });
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
  if (Object.keys(fieldErrors).length)
    throw new AppError("VALIDATION", "The column mapping does not match the file.", { fieldErrors });
  return mapping;
}

async function memberEmails(organizationId: string): Promise<Map<string, string>> {
  const members = await db().membership.findMany({
    where: { organizationId },
    select: { userId: true, user: { select: { email: true } } },
  });
  return new Map(members.map((m) => [m.user.email.toLowerCase(), m.userId]));
}
