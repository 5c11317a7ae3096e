import { CSV_BOM, csvLines, type CsvCell } from "@/lib/csv/write";

// The file bodies of the list exports, built batch by batch as the database delivers rows, so a 100,000-row export
// never sits in memory whole.

/** A CSV file as a stream: byte-order mark and header first, then each batch. */
export function csvStream<T>(
  batches: AsyncIterable<T[]>,
  header: string[],
  toRecord: (row: T) => CsvCell[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // csvLines neutralises formulas: a name typed as "=HYPERLINK(…)" must not run when the file is opened.
      controller.enqueue(encoder.encode(CSV_BOM + csvLines([header])));
      for await (const rows of batches) controller.enqueue(encoder.encode(csvLines(rows.map(toRecord))));
      controller.close();
    },
  });
}

/** A JSON array as a stream, one row per line. */
export function jsonArrayStream<T>(
  batches: AsyncIterable<T[]>,
  toJsonRow: (row: T) => unknown,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let first = true;
      controller.enqueue(encoder.encode("["));
      for await (const rows of batches) {
        for (const row of rows) {
          controller.enqueue(encoder.encode((first ? "\n" : ",\n") + JSON.stringify(toJsonRow(row))));
          first = false;
        }
      }
      controller.enqueue(encoder.encode("\n]\n"));
      controller.close();
    },
  });
}
