import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_HEADER, systemsCsvStream } from "@/app/(app)/systems/export/systems-csv";
import { exportSystems } from "@/lib/dal/systems/system-list";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { one } from "../../helpers/expect-defined";
import { addMember } from "../../helpers/factories";
import { inventoryOrganization, makeSystem } from "./inventory-fixtures";

async function exportCsv(...args: Parameters<typeof exportSystems>): Promise<string[][]> {
  const bytes = await new Response(systemsCsvStream(await exportSystems(...args))).arrayBuffer();
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

describe("CSV export", () => {
  it("exports the selected systems with readable values", async () => {
    const { admin, ids } = await inventoryOrganization();
    const [header, ...rows] = await exportCsv(admin, parseSystemListParams({}), [ids.cv, ids.credit]);
    expect(header).toEqual(CSV_HEADER);
    expect(rows.map((r) => r[1])).toEqual(["CV screening", "Credit scoring"]);
    const creditRow = one(rows, 1, "Credit scoring row");
    const credit = Object.fromEntries(CSV_HEADER.map((h, i) => [h, creditRow[i]]));
    expect(credit).toMatchObject({
      ID: ids.credit,
      "Business unit": "Retail Banking",
      Owner: "Test ADMIN",
      "Lifecycle stage": "In production",
      Tier: "High-risk",
      Disposition: "Final",
      Roles: "provider",
      "Obligations done": "10",
      "Obligations applicable": "10",
    });
  });

  it("exports the filtered list in its sort order when nothing is selected", async () => {
    const { admin } = await inventoryOrganization();
    const [, ...rows] = await exportCsv(admin, parseSystemListParams({ tier: "HIGH,NONE", sort: "-name" }));
    expect(rows.map((r) => r[1])).toEqual(["Unclassified idea", "Credit scoring", "CV screening"]);
  });

  it("leaves out another organisation's systems even when their ids are asked for", async () => {
    const mine = await inventoryOrganization();
    const theirs = await inventoryOrganization();
    const [, ...rows] = await exportCsv(mine.admin, parseSystemListParams({}), [mine.ids.cv, theirs.ids.credit]);
    expect(rows.map((r) => r[0])).toEqual([mine.ids.cv]);
  });

  it("neutralises spreadsheet formulas in names and streams more than one batch", async () => {
    const { organizationId } = await inventoryOrganization();
    const viewer = await addMember(organizationId, "AUDITOR");
    await makeSystem(organizationId, '=HYPERLINK("http://evil")');
    for (let i = 0; i < 1_100; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) => makeSystem(organizationId, `Bulk ${String(i + j).padStart(4, "0")}`)),
      );
    }
    const [, ...rows] = await exportCsv(viewer, parseSystemListParams({}));
    expect(rows).toHaveLength(1_100 + 5);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(one(rows)[1]).toBe('\'=HYPERLINK("http://evil")');
  });
});
