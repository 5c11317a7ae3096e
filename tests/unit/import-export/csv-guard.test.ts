import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvParts } from "@/lib/import/csv";
import {
  ImportLimitError,
  MAX_FIELD_BYTES,
  MAX_HEADER_BYTES,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
} from "@/lib/import/limits";
import { checkCsvText } from "@/lib/import/upload";
import { one } from "../../helpers/expect-defined";

async function partWise(text: string) {
  const file = await checkCsvText(text);
  const records: Record<string, string>[] = [];
  for await (const part of csvParts(file)) records.push(...part.records);
  return { file, records };
}

const oneShot = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  }).data;

// Cells that test where records end: quoted separators and line breaks, escaped quotes, a quote inside an unquoted cell.
function file(rows: number, newline: string, separator = ","): string {
  const lines = [["name", "note", "size"].join(separator)];
  for (let i = 0; i < rows; i++) {
    const note =
      i % 3 === 0 ? `"multi${newline}line ${separator} ""quoted"" ${i}"` : i % 3 === 1 ? `a 5" screen ${i}` : "";
    lines.push([`System ${i}`, note, String(i)].join(separator));
    if (i % 50 === 0) lines.push("");
  }
  return "\uFEFF" + lines.join(newline) + newline;
}

describe("the import's CSV guard and part-wise parsing", () => {
  it.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
    ["CR", "\r"],
  ])("reads %s files in parts exactly as one parse of the whole file", async (_, newline) => {
    const text = file(1_000, newline);
    const { file: checked, records } = await partWise(text);
    expect(checked.cuts.length).toBeGreaterThan(5);
    expect(checked.rows).toBe(1_000);
    expect(checked.headers).toEqual(["name", "note", "size"]);
    expect(records).toEqual(oneShot(text));
    expect(one(records).note).toBe(`multi${newline}line , "quoted" 0`);
  });

  it("detects the separator from the header, as papaparse does", async () => {
    const text = file(300, "\r\n", ";");
    const { records } = await partWise(text);
    expect(records).toEqual(oneShot(text));
    expect(one(records, 3).note).toBe(`multi\r\nline ; "quoted" 3`);
  });

  const refusal = async (text: string) =>
    checkCsvText(text).then(
      () => null,
      (error: unknown) => error,
    );

  it("refuses each bound with a message naming it, before any parsing", async () => {
    const header = "name,note";
    expect(await refusal(",".repeat(MAX_HEADER_BYTES + 1))).toMatchObject({
      message: expect.stringMatching(/header row .* longer than 8 KB/),
    });
    expect(
      await refusal(Array.from({ length: MAX_IMPORT_COLUMNS + 1 }, (_, i) => `c${i}`).join(",") + "\n"),
    ).toMatchObject({ message: expect.stringMatching(/has 101 columns; an import takes at most 100/) });
    expect(await refusal(`${header}\nok,1\n${",".repeat(MAX_IMPORT_COLUMNS)}\n`)).toMatchObject({
      message: expect.stringMatching(/^Row 3 has more than 100 columns/),
    });
    expect(await refusal(`${header}\n"${"x".repeat(MAX_FIELD_BYTES + 1)}",1\n`)).toMatchObject({
      message: expect.stringMatching(/^Row 2 has a value longer than 32 KB/),
    });
    expect(await refusal(`${header}\n${"a,1\n".repeat(MAX_IMPORT_ROWS + 1)}`)).toMatchObject({
      message: expect.stringMatching(/more than 20,000 rows/),
    });
    const tooLarge = await refusal(`${header}\n${"a,1\n".repeat(MAX_IMPORT_BYTES / 4)}`);
    expect(tooLarge).toBeInstanceOf(ImportLimitError);
    expect(tooLarge).toMatchObject({ tooLarge: true, message: expect.stringMatching(/larger than 10 MB/) });
  });

  it("accepts a file at the bounds", async () => {
    const longest = "é".repeat(MAX_FIELD_BYTES / 2);
    const { records } = await partWise(`name,note\r\n"a ""b""",${longest}\r\n`);
    expect(records).toEqual([{ name: 'a "b"', note: longest }]);
  });
});
