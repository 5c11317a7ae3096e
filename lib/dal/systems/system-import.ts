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
import { csvHeaderNames } from "@/lib/csv/header-i18n";
import { csvParts, type CheckedCsv } from "@/lib/import/csv";
import { ImportLimitError } from "@/lib/import/limits";
import { rowToIntake, type ParsedRow, type RowError } from "@/lib/import/row-to-intake";
import type { ImportReportDTO } from "@/lib/import/stream";
import { checkCsvText } from "@/lib/import/upload";
import { countPhrase } from "@/lib/plural";
import { missingAnswers } from "@/lib/rules";
import { authorize } from "@/lib/dal/core/authorize";
import { writeImportedSystems, type WriteRow } from "@/lib/dal/systems/internal/system-import-write";
import {
  duplicatesKey,
  existingSystems,
  STALE_MESSAGE,
  UPDATABLE,
  type UpdatableColumn,
} from "@/lib/dal/systems/internal/system-import-update";
import { DuplicateFinder } from "@/lib/import/duplicates";
import type { ImportRunOptions } from "@/lib/validations/import";

export type ImportReport = ImportReportDTO;

export type ImportProgress = (done: number, total: number) => void;

type Lookup = { mapping: ColumnMapping; ownerIdByEmail: ReadonlyMap<string, string> };

type Check = { total: number; valid: number; errors: RowError[]; duplicates: DuplicateFinder };

// Validates every row with the intake schema and reports each problem by row and column; only a file without a
// single error is written, in one transaction, so a failed or killed import leaves nothing behind.
// The file is read once, part by part, and a commit writes the rows in batches as they pass, so memory holds one
// batch of rows, never the whole file's rows or results (issue #14). A row that fails stops the writing (the check
// goes on, to report every problem) and the transaction is rolled back.
export async function importSystemsCsv(
  actor: Actor,
  input: { csv: string | CheckedCsv; mapping?: Record<string, string> } & Omit<ImportRunOptions, "mapping">,
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const member = await authorize(actor, "system.write");
  const file = await limitsToValidation(async () =>
    typeof input.csv === "string" ? checkCsvText(input.csv) : input.csv,
  );
  const { headers } = file;
  if (file.rows === 0) throw new AppError("VALIDATION", "The file has a header row but no systems below it.");
  const mapping = input.mapping ? checkMapping(input.mapping, headers) : autoMapColumns(headers, csvHeaderNames);
  const lookup: Lookup = { mapping, ownerIdByEmail: await memberEmails(member.organizationId) };

  const existing = await existingSystems(member.organizationId);
  const check: Check = { total: 0, valid: 0, errors: [], duplicates: new DuplicateFinder(existing, input.duplicates) };
  const leaveInvalid = input.invalidRows === "leave";
  // A duplicate the person has not decided about stops the writing as a bad row does.
  const clean = () =>
    (leaveInvalid || check.errors.length === 0) && (!!input.duplicates || check.duplicates.found.length === 0);
  const rows = checkedRows(file, lookup, check, input.dryRun ? (done) => onProgress?.(done, file.rows) : undefined);
  let written = { created: 0, classified: 0, updated: 0 };
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
        {
          clean,
          columns: updatableColumns(mapping),
          beforeCommit: () => {
            if (input.duplicates !== "update" || check.duplicates.matched.size === 0) return;
            if (!input.duplicatesKey) throw new AppError("CONFLICT", NO_KEY_MESSAGE);
            if (duplicatesKey(check.duplicates.matched.values()) !== input.duplicatesKey)
              throw new AppError("CONFLICT", STALE_MESSAGE);
          },
        },
        (done) => onProgress?.(done, file.rows),
      ),
    );
  }
  if (check.total === 0) throw new AppError("VALIDATION", "The file has a header row but no systems below it.");
  const { found } = check.duplicates;
  if (!input.dryRun && !input.duplicates && found.length > 0 && (leaveInvalid || check.errors.length === 0))
    throw new AppError("VALIDATION", undecidedMessage(found.length));
  onProgress?.(check.total, check.total);
  return {
    dryRun: input.dryRun,
    headers,
    mapping,
    missingRequired: unmappedRequired(mapping).map((c) => c.label),
    total: check.total,
    valid: check.valid,
    errors: check.errors,
    invalidRows: input.invalidRows ?? "refuse",
    duplicates: found,
    duplicatesKey: duplicatesKey(check.duplicates.matched.values()),
    // Duplicates not updated (skipped, repeated within the file, or already as the file says) when the import wrote.
    skipped: !input.dryRun && clean() ? found.length - written.updated : 0,
    ...written,
  };
}

const NO_KEY_MESSAGE =
  "Check the file again before updating: an import updates only the systems its check showed you. Check the file again, then import.";

const undecidedMessage = (count: number) =>
  count === 1
    ? "1 row names a system you already have (or an earlier row of the file). Choose whether to skip it or update the system you have, then import again."
    : `${countPhrase(count, "row")} name systems that match systems you already have (or an earlier row of the file). Choose whether to skip them or update the systems you have, then import again.`;

// The intake columns the file fills (the owner through its email column): an update leaves the others as they are.
function updatableColumns(mapping: ColumnMapping): Set<UpdatableColumn> {
  return new Set(UPDATABLE.filter((c) => mapping[c === "ownerId" ? "ownerEmail" : c] !== undefined));
}

const isComplete = (row: ParsedRow) => !!row.answers && missingAnswers(row.answers).length === 0;

// The rows that pass, part by part, with whether each is classified on import; counts and errors go into `check`.
// Row numbers as a spreadsheet shows them: the header is row 1.
async function* checkedRows(file: CheckedCsv, lookup: Lookup, check: Check, onProgress?: (done: number) => void) {
  const step = Math.max(500, Math.ceil(file.rows / 20));
  for await (const { records, first } of csvParts(file)) {
    const passed: WriteRow[] = [];
    records.forEach((record, i) => {
      const result = rowToIntake(record, first + i + 2, lookup.mapping, lookup.ownerIdByEmail);
      check.total++;
      if (result.ok) {
        check.valid++;
        const action = check.duplicates.classify(result.value.row, result.value.intake.name);
        passed.push({ ...result.value, classify: action.kind === "create" && isComplete(result.value), action });
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
