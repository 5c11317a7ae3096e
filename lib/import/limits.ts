// The bounds of one CSV import, checked on the bytes as they arrive and before anything is parsed (issue #14: a 5 MB
// header line of commas kept the server's event loop busy for 24 s). Each is far above what a real file needs: the
// template has 21 columns, and the longest intake text is 4,000 characters (at most 16 KB of UTF-8).
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_COLUMNS = 100;
export const MAX_HEADER_BYTES = 8 * 1024;
export const MAX_FIELD_BYTES = 32 * 1024;

const kb = (bytes: number) => `${bytes / 1024} KB`;
const n = (count: number) => count.toLocaleString("en");

// Every message names the limit, so the person importing knows what to change in the file.
export const LIMIT_MESSAGES = {
  size: () => `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
  header: () =>
    `The header row (the first line) is longer than ${kb(MAX_HEADER_BYTES)}. The first line should hold only the column names; start from the template.`,
  headerColumns: (count: number) =>
    `The header row has ${n(count)} columns; an import takes at most ${MAX_IMPORT_COLUMNS}. Start from the template.`,
  rowColumns: (row: number) =>
    `Row ${n(row)} has more than ${MAX_IMPORT_COLUMNS} columns (the most an import takes). Check the separators and quotes in that row.`,
  field: (row: number) =>
    `Row ${n(row)} has a value longer than ${kb(MAX_FIELD_BYTES)} (the most one cell may hold). Check that row for a missing closing quote.`,
  rows: () => `The file has more than ${n(MAX_IMPORT_ROWS)} rows; import at most ${n(MAX_IMPORT_ROWS)} at a time.`,
};

// A file outside the bounds: `tooLarge` answers 413, anything else 400.
export class ImportLimitError extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
    this.name = "ImportLimitError";
  }
}
