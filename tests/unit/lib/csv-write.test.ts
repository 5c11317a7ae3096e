import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvDocument, csvLines } from "@/lib/csv/write";

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("the one CSV writer", () => {
  it.each([
    "=1+1",
    "+1",
    "-1+2",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "=1+1\nsecond line",
    '=HYPERLINK("https://evil.example","x")',
  ])("turns %j into text a spreadsheet will not run", (value) =>
    expect(parse(csvLines([[value]]))).toEqual([[`'${value}`]]),
  );

  it("leaves ordinary text, numbers and empty cells as they are, and ends every line with CRLF", () => {
    const csv = csvDocument([
      ["name", "count", "note"],
      ["Credit scoring, retail", 3, null],
      ["a - b", -1, undefined],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parse(csv)).toEqual([
      ["name", "count", "note"],
      ["Credit scoring, retail", "3", ""],
      ["a - b", "-1", ""],
    ]);
  });

  it("is the only place that writes CSV (no other module calls papaparse's unparse)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
        } else if (/\.tsx?$/.test(entry.name) && /\bunparse\s*\(/.test(readFileSync(full, "utf8")))
          offenders.push(full);
      }
    };
    for (const root of ["app", "lib", "components"]) walk(root);
    expect(offenders).toEqual([path.join("lib", "csv", "write.ts")]);
  });
});
