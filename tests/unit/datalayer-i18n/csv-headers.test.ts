import { describe, expect, it } from "vitest";
import { obligationsCsvStream } from "@/app/(app)/obligations/export/obligations-file";
import { CSV_HEADER, systemsCsvStream } from "@/app/(app)/systems/export/systems-csv";
import { csvHeaderIn, csvHeaderNames } from "@/lib/csv/header-i18n";
import { autoMapColumns } from "@/lib/import/columns";
import { REGISTER_HEADER } from "@/lib/literacy/register";
import { SOA_HEADER } from "@/lib/standards/soa";
import { RISK_EXPORT_HEADER } from "@/lib/validations/risks-csv";

// Issue #22: a CSV export's header row is in the reader's language; the rows keep their values, English stays as it
// was, and an import takes back a file exported in any language.

async function headerRow(stream: ReadableStream<Uint8Array>): Promise<string> {
  const text = await new Response(stream).text();
  return text.replace(/^\uFEFF/, "").split("\r\n")[0]!;
}

async function* none<T>(): AsyncIterable<T[]> {}

describe("CSV header rows", () => {
  it("keep English by default and for English readers", async () => {
    expect(await headerRow(systemsCsvStream(none()))).toBe(CSV_HEADER.join(","));
    expect(csvHeaderIn("en", RISK_EXPORT_HEADER)).toEqual([...RISK_EXPORT_HEADER]);
  });

  it("are German and French for the inventory and obligations exports", async () => {
    const de = await headerRow(systemsCsvStream(none(), "de"));
    expect(de).toContain("Zweckbestimmung");
    expect(de).toContain("Risikostufe");
    const fr = await headerRow(systemsCsvStream(none(), "fr"));
    expect(fr).toContain("Destination");
    expect(fr).toContain("Unité opérationnelle");
    expect(await headerRow(obligationsCsvStream(none(), "de"))).toContain("Nicht anwendbar, weil");
    expect(await headerRow(obligationsCsvStream(none(), "fr"))).toContain("Échéance");
  });

  it("have a message for every column of every export", () => {
    const names = [CSV_HEADER, RISK_EXPORT_HEADER, REGISTER_HEADER, SOA_HEADER].flat();
    // "ID" is the same word in every language; every other column has another name somewhere.
    expect(names.filter((name) => csvHeaderNames(name).length === 1)).toEqual(["ID"]);
    expect(csvHeaderIn("de", REGISTER_HEADER)).toContain("Lernangebot");
    expect(csvHeaderIn("fr", SOA_HEADER)).toContain("Couverture dans Actlas");
  });

  it("map back to the import's fields in any language", () => {
    const german = csvHeaderIn("de", CSV_HEADER);
    const mapping = autoMapColumns(german, csvHeaderNames);
    expect(mapping.intendedPurpose).toBe("Zweckbestimmung");
    expect(mapping.ownerEmail).toBe("E-Mail der verantwortlichen Person");
    expect(autoMapColumns(csvHeaderIn("fr", CSV_HEADER), csvHeaderNames).lifecycleStage).toBe("Étape du cycle de vie");
    expect(autoMapColumns([...CSV_HEADER]).intendedPurpose).toBe("Intended purpose");
  });
});
