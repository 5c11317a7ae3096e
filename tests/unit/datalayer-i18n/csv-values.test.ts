import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { obligationsCsvStream } from "@/app/(app)/obligations/export/obligations-file";
import { systemsCsvStream } from "@/app/(app)/systems/export/systems-csv";
import type { ObligationExportRowDTO } from "@/lib/dal/obligations/obligation-export";
import type { SystemExportRowDTO } from "@/lib/dal/systems/system-list";
import { csvValueIn, csvValueNames } from "@/lib/csv/value-i18n";
import type { Locale } from "@/lib/i18n/locales";
import { optionNames } from "@/lib/import/option-names";
import { ENUM_COLUMNS, resolveEnum } from "@/lib/import/values";
import type { ImportField } from "@/lib/import/columns";

// Issue #22: a CSV export's fixed values (stage, tier, status) are in the reader's language, in the words the pages
// use, and an import takes them back in any language.

async function* one<T>(row: T): AsyncIterable<T[]> {
  yield [row];
}

async function rows(stream: ReadableStream<Uint8Array>): Promise<Record<string, string>[]> {
  const text = (await new Response(stream).text()).replace(/^\uFEFF/, "");
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const SYSTEM = {
  id: "s1",
  name: "CV screener",
  description: "",
  intendedPurpose: "",
  businessUnit: "HR",
  owner: null,
  vendor: "",
  lifecycleStage: "IN_PRODUCTION",
  tier: "MINIMAL",
  possibleTier: "HIGH",
  disposition: "UNDETERMINED",
  roles: ["provider", "deployer"],
  obligationsDone: 0,
  obligationsApplicable: 3,
  classifiedAt: new Date("2026-11-01T00:00:00Z"),
  updatedAt: new Date("2026-11-02T00:00:00Z"),
} as unknown as SystemExportRowDTO;

const OBLIGATION = {
  id: "o1",
  system: { id: "s1", name: "CV screener", businessUnit: "HR", tier: "HIGH" },
  article: "Art 9",
  title: "Risk management system",
  code: "ART9",
  role: "provider",
  status: "NOT_STARTED",
  notApplicableReason: "",
  owner: null,
  dueDate: null,
  appliesFrom: new Date("2027-12-02T00:00:00Z"),
  blocking: true,
  updatedAt: new Date("2026-11-02T00:00:00Z"),
} as unknown as ObligationExportRowDTO;

const values = async (locale: Locale) => [
  Object.values((await rows(systemsCsvStream(one(SYSTEM), locale)))[0]!),
  Object.values((await rows(obligationsCsvStream(one(OBLIGATION), locale)))[0]!),
];

describe("CSV values", () => {
  it("stay English for English readers", async () => {
    const [system, obligation] = await values("en");
    expect(system).toEqual(
      expect.arrayContaining(["In production", "Not determined yet", "High-risk", "provider; deployer"]),
    );
    expect(obligation).toEqual(expect.arrayContaining(["Risk management system", "Not started", "yes"]));
  });

  it("are German and French in the words the pages use, an undetermined tier included", async () => {
    const [system, obligation] = await values("de");
    expect(system).toEqual(
      expect.arrayContaining(["Im Betrieb", "Noch nicht bestimmt", "Hochrisiko", "Anbieter; Betreiber"]),
    );
    expect(obligation).toEqual(expect.arrayContaining(["Risikomanagementsystem", "Nicht begonnen", "Ja", "Anbieter"]));
    const [systemFr, obligationFr] = await values("fr");
    expect(systemFr).toEqual(expect.arrayContaining(["En production", "Pas encore déterminé", "À haut risque"]));
    expect(obligationFr).toEqual(expect.arrayContaining(["Non commencée", "Oui", "Fournisseur"]));
  });

  it("read back by the system import in any language", () => {
    for (const locale of ["en", "de", "fr"] as const)
      expect(resolveEnum("lifecycleStage", csvValueIn(locale, "Pilot"), optionNames)).toEqual({
        ok: true,
        codes: ["PILOT"],
      });
    expect(resolveEnum("lifecycleStage", "Im Betrieb", optionNames)).toEqual({ ok: true, codes: ["IN_PRODUCTION"] });
    // What the German and French intake forms show, copied into the file.
    expect(
      resolveEnum("dataCategories", `${optionNames("dataCategories", "PERSONAL")[0]};Biometric data`, optionNames),
    ).toEqual({
      ok: true,
      codes: ["PERSONAL", "BIOMETRIC"],
    });
    expect(resolveEnum("memberStates", "Deutschland;Belgique", optionNames)).toEqual({ ok: true, codes: ["DE", "BE"] });
    expect(resolveEnum("lifecycleStage", "Im Betrieb")).toMatchObject({ ok: false });
    expect(csvValueNames("Not a fixed value")).toEqual(["Not a fixed value"]);
  });
});

// No two options of a column share a word in any language: each label, in each language, reads back as its own code.
it("reads every option's label in every language back as that option, never another", () => {
  const misread: string[] = [];
  for (const [field, column] of Object.entries(ENUM_COLUMNS) as [ImportField, (typeof ENUM_COLUMNS)[ImportField]][])
    for (const choice of column!.choices)
      for (const name of [choice.label, ...optionNames(field, choice.code)]) {
        const read = resolveEnum(field, name, optionNames);
        if (!read.ok || read.codes.join() !== choice.code)
          misread.push(`${field}: “${name}” → ${JSON.stringify(read)}`);
      }
  expect(misread).toEqual([]);
});
