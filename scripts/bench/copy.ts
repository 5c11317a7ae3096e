// Bulk loading with COPY … FROM STDIN: rows are produced lazily by a generator and streamed, so 100,000 systems
// never sit in memory at once and Postgres does one round trip instead of 100,000.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Cell = string | number | boolean | null | Date | string[];

// COPY's text format: tab-separated, \N for NULL, backslash escapes for the few special characters.
function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

export function copyCell(value: Cell): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  return escapeText(String(value));
}

export async function copyRows(client: pg.ClientBase, table: string, columns: string[], rows: Iterable<Cell[]>): Promise<number> {
  let count = 0;
  function* lines() {
    let chunk: string[] = [];
    for (const row of rows) {
      chunk.push(`${row.map(copyCell).join("\t")}\n`);
      count++;
      if (chunk.length === 1000) {
        yield chunk.join("");
        chunk = [];
      }
    }
    if (chunk.length) yield chunk.join("");
  }
  const target = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(lines()), target);
  return count;
}
