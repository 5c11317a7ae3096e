import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { autoMapColumns, IMPORT_COLUMNS, unmappedRequired } from "@/lib/import/columns";
import { csvParts, importTemplateCsv } from "@/lib/import/csv";
import { rowToIntake } from "@/lib/import/row-to-intake";
import { checkCsvText } from "@/lib/import/upload";
import { EMPTY_INTAKE } from "@/lib/validations/system";
import { one } from "../../helpers/expect-defined";

async function records(text: string) {
  const file = await checkCsvText(text);
  const out: Record<string, string>[] = [];
  for await (const part of csvParts(file)) out.push(...part.records);
  return { headers: file.headers, rows: file.rows, records: out };
}

describe("CSV import helpers", () => {
  it("the template has a column for every intake field and two example rows that pass the intake schema", async () => {
    const intakeFields = Object.keys(EMPTY_INTAKE).filter((f) => f !== "ownerId");
    const fields = IMPORT_COLUMNS.map((c) => c.field as string);
    expect(intakeFields.filter((f) => !fields.includes(f))).toEqual([]);
    const parsed = await records(importTemplateCsv());
    expect(parsed.headers).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    expect(parsed.records).toHaveLength(2);
    const mapping = autoMapColumns(parsed.headers);
    parsed.records.forEach((record, i) =>
      expect(rowToIntake(record, i + 2, mapping, new Map())).toMatchObject({ ok: true }),
    );
  });

  it("auto-maps headers by name, key or label regardless of case and punctuation; flags required fields left out", () => {
    const mapping = autoMapColumns(["Name", "Business Unit", "intendedPurpose", "DATA-CATEGORIES"]);
    expect(mapping).toEqual({
      name: "Name",
      businessUnit: "Business Unit",
      intendedPurpose: "intendedPurpose",
      dataCategories: "DATA-CATEGORIES",
    });
    expect(unmappedRequired(mapping).map((c) => c.field)).toEqual(["lifecycleStage"]);
  });

  it("accepts labels as well as codes and splits multi-value cells on ;", () => {
    const record = one(
      Papa.parse<Record<string, string>>(
        "name,lifecycle_stage,member_states,data_categories,intended_purpose,business_unit\nX system,In production,Germany; FR,Personal data,P,U",
        { header: true },
      ).data,
    );
    const result = rowToIntake(record, 2, autoMapColumns(Object.keys(record)), new Map());
    expect(result).toMatchObject({
      ok: true,
      value: { intake: { lifecycleStage: "IN_PRODUCTION", memberStates: ["DE", "FR"], dataCategories: ["PERSONAL"] } },
    });
  });
});
