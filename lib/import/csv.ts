import Papa from "papaparse";
import { IMPORT_COLUMNS } from "./columns";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export type ParsedCsv = { headers: string[]; records: Record<string, string>[] };

// Headers are trimmed (and a byte-order mark from spreadsheet programs dropped) so auto-mapping sees clean names;
// blank lines are skipped, so a trailing newline never becomes an error row.
export function parseCsv(text: string): { ok: true; value: ParsedCsv } | { ok: false; message: string } {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const headers = (result.meta.fields ?? []).filter(Boolean);
  if (headers.length === 0) return { ok: false, message: "The file has no header row. Start from the template." };
  const fatal = result.errors.find((e) => e.type === "Quotes");
  if (fatal) return { ok: false, message: `Row ${(fatal.row ?? 0) + 2}: ${fatal.message}. Check the quotes in that row.` };
  return { ok: true, value: { headers, records: result.data } };
}

// Header row plus two example rows with every intake field; escapeFormulae keeps spreadsheets from running cells.
export function importTemplateCsv(): string {
  const rows = [IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.examples[0]), IMPORT_COLUMNS.map((c) => c.examples[1])];
  return "\uFEFF" + Papa.unparse(rows, { newline: "\r\n" }) + "\r\n";
}
