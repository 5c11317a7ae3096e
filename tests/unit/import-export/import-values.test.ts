import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { autoMapColumns } from "@/lib/import/columns";
import { importTemplateCsv } from "@/lib/import/csv";
import { rowToIntake } from "@/lib/import/row-to-intake";
import { allowedValuesCsv, ENUM_COLUMNS, resolveEnum } from "@/lib/import/values";

describe("enumerated import columns", () => {
  it("accept every code and every label the form shows, in any case", () => {
    for (const [field, column] of Object.entries(ENUM_COLUMNS))
      for (const choice of column.choices) {
        const f = field as keyof typeof ENUM_COLUMNS;
        expect(resolveEnum(f, choice.code.toLowerCase())).toEqual({ ok: true, codes: [choice.code] });
        expect(resolveEnum(f, ` ${choice.label.toUpperCase()} `)).toEqual({ ok: true, codes: [choice.code] });
      }
  });

  it("the template's example rows import without a problem, and the allowed-values sheet lists every choice", () => {
    const parsed = Papa.parse<Record<string, string>>(importTemplateCsv().replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    const mapping = autoMapColumns(parsed.meta.fields ?? []);
    parsed.data.forEach((record, i) => expect(rowToIntake(record, i + 2, mapping, new Map()).ok).toBe(true));
    const lines = allowedValuesCsv().trim().split("\r\n");
    const choices = Object.values(ENUM_COLUMNS).reduce((sum, c) => sum + c.choices.length, 0);
    expect(lines).toHaveLength(choices + 1);
    expect(lines).toContain("data_categories,NON_PERSONAL,No personal data,yes");
  });
});
