import Papa from "papaparse";

// The one CSV writer of every export (inventory, obligations, the dossier ZIP's manifest, the import template), so
// quoting and formula escaping cannot differ between them.
//
// CSV injection: a cell that starts with = + - @ tab or CR runs as a formula in a spreadsheet (=HYPERLINK can send
// the sheet's contents away). Such cells get a leading apostrophe, which spreadsheets show as text. papaparse's own
// `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses a value with a line break ("=1+1\n…"), so the pattern
// here looks at the first character only.
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

// A byte-order mark so spreadsheet programs read accented names as UTF-8.
export const CSV_BOM = "\uFEFF";

/** Rows as CSV text, each line ended by CRLF (RFC 4180). Numbers stay numbers; only text can carry a formula. */
export function csvLines(rows: CsvCell[][]): string {
  if (rows.length === 0) return "";
  return (
    Papa.unparse(
      rows.map((row) => row.map((cell) => cell ?? "")),
      { escapeFormulae: FORMULA_START, newline: "\r\n" },
    ) + "\r\n"
  );
}

/** A whole CSV file: byte-order mark and rows. */
export function csvDocument(rows: CsvCell[][]): string {
  return CSV_BOM + csvLines(rows);
}
