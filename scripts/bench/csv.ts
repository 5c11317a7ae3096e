// A 10,000-row import file in the import's own column format (lib/import/columns.ts), varied from the demo systems;
// a quarter of the rows carry complete classification answers, so the commit also classifies and derives duties.
import Papa from "papaparse";
import { IMPORT_COLUMNS } from "../../lib/import/columns";
import { DEMO_PROFILES } from "../../prisma/seed/demo-profiles";
import { DEMO_SYSTEMS } from "../../prisma/seed/seed-demo";
import { codeName, mix, pick, UNITS, VENDORS } from "./seed-words";

export function buildCsv(rows: number, ownerEmail: string): string {
  const header = IMPORT_COLUMNS.map((c) => c.header);
  const records: string[][] = [header];
  for (let i = 0; i < rows; i++) {
    const base = pick(DEMO_SYSTEMS, mix(i, 21));
    const profile = DEMO_PROFILES[base.name];
    const values: Record<string, string> = {
      name: `Imported ${base.name.replace(/ \(.*\)$/, "")} ${codeName(mix(i, 22) % 8000)} ${i}`,
      description: base.description, intended_purpose: base.intendedPurpose, business_unit: pick(UNITS, mix(i, 23)),
      owner_email: i % 4 === 0 ? ownerEmail : "", vendor: pick(VENDORS, mix(i, 24)), sourcing: base.sourcing,
      lifecycle_stage: base.lifecycleStage, placed_on_market_at: base.placedOnMarketAt ?? "", member_states: base.memberStates.join(";"),
      output_used_in_eu: base.outputUsedInEu ? "yes" : "no", affected_persons: base.affectedPersons.join(";"),
      affected_persons_note: base.affectedPersonsNote, automation_level: base.automationLevel, human_oversight: base.humanOversight,
      data_categories: base.dataCategories.join(";"), models: "", datasets: "", draft: "no",
      classification_answers: profile && i % 4 === 1 ? JSON.stringify(profile) : "",
    };
    records.push(header.map((h) => values[h] ?? ""));
  }
  return Papa.unparse(records, { newline: "\r\n" }) + "\r\n";
}
