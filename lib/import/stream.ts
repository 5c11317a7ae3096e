import type { ColumnMapping } from "./columns";
import type { DuplicateDTO } from "./duplicates";
import type { RowError } from "./row-to-intake";

// The report of one import or dry run, as the import route streams it to the page (dates-free, plain JSON).
export type ImportReportDTO = {
  dryRun: boolean;
  headers: string[];
  mapping: ColumnMapping;
  missingRequired: string[];
  total: number;
  valid: number;
  errors: RowError[];
  created: number;
  classified: number;
  // Rows with problems: "refuse" wrote nothing, "leave" wrote the other rows.
  invalidRows: "refuse" | "leave";
  // Rows naming a system the organisation has or an earlier row, found by the check and shown before importing.
  duplicates: DuplicateDTO[];
  duplicatesKey: string;
  updated: number;
  skipped: number;
};

export type ImportStreamLine =
  | { type: "progress"; done: number; total: number }
  | { type: "report"; report: ImportReportDTO }
  | { type: "error"; error: string; fieldErrors?: Record<string, string[]> };

// Reads the NDJSON answer line by line as it arrives, so progress shows while the server is still working.
export async function readImportStream(response: Response, onLine: (line: ImportStreamLine) => void): Promise<void> {
  if (!response.body) throw new Error("The server sent no answer.");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as ImportStreamLine);
    if (done) break;
  }
  if (buffer.trim()) onLine(JSON.parse(buffer) as ImportStreamLine);
}
