import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { autoMapColumns, COLUMN_BY_FIELD, unmappedRequired, type ColumnMapping, type ImportField } from "@/lib/import/columns";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseCsv } from "@/lib/import/csv";
import { rowToIntake, type ParsedRow, type RowError } from "@/lib/import/row-to-intake";
import type { ImportReportDTO } from "@/lib/import/stream";
import { authorize } from "./authorize";
import { writeImportedSystems } from "./system-import-write";

export type ImportReport = ImportReportDTO;

export type ImportProgress = (done: number, total: number) => void;

// Validates every row with the intake schema and reports each problem by row and column; only a file without a
// single error is written, in one transaction, so a failed or killed import leaves nothing behind.
export async function importSystemsCsv(
  actor: Actor,
  input: { csv: string; mapping?: Record<string, string>; dryRun: boolean },
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const member = await authorize(actor, "system.write");
  if (Buffer.byteLength(input.csv, "utf8") > MAX_IMPORT_BYTES) {
    throw new AppError("VALIDATION", "The file is larger than 10 MB. Split it into smaller files.");
  }
  const parsed = parseCsv(input.csv);
  if (!parsed.ok) throw new AppError("VALIDATION", parsed.message);
  const { headers, records } = parsed.value;
  if (records.length > MAX_IMPORT_ROWS) {
    throw new AppError("VALIDATION", `The file has ${records.length} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en")} at a time.`);
  }
  const mapping = input.mapping ? checkMapping(input.mapping, headers) : autoMapColumns(headers);
  const ownerIdByEmail = await memberEmails(member.organizationId);

  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  const total = records.length;
  const step = Math.max(500, Math.ceil(total / 20));
  records.forEach((record, index) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const result = rowToIntake(record, index + 2, mapping, ownerIdByEmail);
    if (result.ok) rows.push(result.value);
    else errors.push(...result.errors);
    if (input.dryRun && (index + 1) % step === 0) onProgress?.(index + 1, total);
  });
  const report: ImportReport = {
    dryRun: input.dryRun, headers, mapping, missingRequired: unmappedRequired(mapping).map((c) => c.label),
    total, valid: rows.length, errors, created: 0, classified: 0,
  };
  if (total === 0) throw new AppError("VALIDATION", "The file has a header row but no systems below it.");
  if (input.dryRun || errors.length > 0) {
    onProgress?.(total, total);
    return report;
  }
  onProgress?.(0, total);
  const written = await writeImportedSystems(member, rows, (done) => onProgress?.(done, total));
  return { ...report, created: written.created, classified: written.classified };
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
