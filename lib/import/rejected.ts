import { csvDocument, type CsvCell } from "@/lib/csv/write";
import { csvParts, type CheckedCsv } from "./csv";
import type { RowError } from "./row-to-intake";

export const REASON_HEADER = "reason";

/**
 * The rows an import left out, as a CSV with the file's own columns plus `reason`, so a person can fix them and upload
 * the file again (the reason column matches no field, so it is ignored on the way back in; a reason column already
 * there, from an earlier round, is replaced). Rows are counted as the check counts them: the header is row 1.
 */
export async function rejectedRowsCsv(file: CheckedCsv, errors: RowError[]): Promise<string> {
  const reasons = new Map<number, string[]>();
  for (const e of errors) reasons.set(e.row, [...(reasons.get(e.row) ?? []), `${e.column}: ${e.message}`]);
  const columns = file.headers.filter((h) => h !== REASON_HEADER);
  const rows: CsvCell[][] = [[...columns, REASON_HEADER]];
  for await (const { records, first } of csvParts(file)) {
    records.forEach((record, i) => {
      const reason = reasons.get(first + i + 2);
      if (reason) rows.push([...columns.map((h) => record[h] ?? ""), reason.join(" ")]);
    });
  }
  return csvDocument(rows);
}
