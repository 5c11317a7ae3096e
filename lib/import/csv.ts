import Papa from "papaparse";
import { csvDocument } from "@/lib/csv/write";
import { IMPORT_COLUMNS } from "./columns";
import { CsvGuard } from "./guard";
import { ImportLimitError, LIMIT_MESSAGES, MAX_IMPORT_COLUMNS } from "./limits";

// A file that passed every bound (lib/import/limits.ts), still as bytes: rows are parsed part by part when read.
export type CheckedCsv = {
  headers: string[];
  rows: number;
  bytes: Uint8Array;
  // Offsets of whole-record parts: [start of the first row, …, end of file].
  cuts: number[];
};

const decoder = () => new TextDecoder("utf-8");
const stripBom = (text: string) => text.replace(/^\uFEFF/, "");
const PAPA_OPTIONS = { header: true, skipEmptyLines: "greedy", transformHeader: (h: string) => h.trim() } as const;

// The header (at most MAX_HEADER_BYTES) is parsed on its own: its column count is checked before any row is read,
// and the separator papaparse detects in it is the one every row is split by.
function headerSeparator(header: Uint8Array): string {
  const parsed = Papa.parse<string[]>(stripBom(decoder().decode(header)), { preview: 1 });
  const count = parsed.data[0]?.length ?? 0;
  if (count > MAX_IMPORT_COLUMNS) throw new ImportLimitError(LIMIT_MESSAGES.headerColumns(count));
  return parsed.meta.delimiter || ",";
}

export function newCsvGuard(): CsvGuard {
  return new CsvGuard(headerSeparator);
}

// Headers are trimmed (and a byte-order mark from spreadsheet programs dropped) so auto-mapping sees clean names.
export function finishCsv(guard: CsvGuard): CheckedCsv {
  const { bytes, cuts, rows } = guard.finish();
  const headers = (Papa.parse(headerText({ bytes, cuts }), PAPA_OPTIONS).meta.fields ?? []).filter(Boolean);
  if (headers.length === 0) throw new ImportLimitError("The file has no header row. Start from the template.");
  return { headers, rows, bytes, cuts };
}

// The header line with its own line ending, put before each part so papaparse reads every part as the file's rows.
function headerText(file: Pick<CheckedCsv, "bytes" | "cuts">): string {
  return stripBom(decoder().decode(file.bytes.subarray(0, file.cuts[0])));
}

// One turn of the event loop, so other requests are served between parts of a file.
export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The rows, parsed part by part (at most ~64 KB or 100 rows each), with a turn of the event loop between parts, so
 * other requests are served while a large file is read. Blank lines are skipped, so a trailing newline never becomes
 * an error row. `first` is the index of the part's first row, counting rows from 0 across parts.
 */
export async function* csvParts(
  file: CheckedCsv,
): AsyncGenerator<{ records: Record<string, string>[]; first: number }> {
  const head = headerText(file);
  const text = decoder();
  let first = 0;
  for (let part = 0; part + 1 < file.cuts.length; part++) {
    const result = Papa.parse<Record<string, string>>(
      head + text.decode(file.bytes.subarray(file.cuts[part], file.cuts[part + 1])),
      PAPA_OPTIONS,
    );
    const fatal = result.errors.find((e) => e.type === "Quotes");
    if (fatal)
      throw new ImportLimitError(
        // papaparse counts the header among its rows here (row 1 is the first data row), and the file's line 2.
        `Row ${first + (fatal.row ?? 0) + 1}: ${fatal.message}. Check the quotes in that row.`,
      );
    yield { records: result.data, first };
    first += result.data.length;
    await nextTurn();
  }
}

// Header row plus two example rows with every intake field, through the one CSV writer of every export.
export function importTemplateCsv(): string {
  const rows = [
    IMPORT_COLUMNS.map((c) => c.header),
    IMPORT_COLUMNS.map((c) => c.examples[0]),
    IMPORT_COLUMNS.map((c) => c.examples[1]),
  ];
  return csvDocument(rows);
}
