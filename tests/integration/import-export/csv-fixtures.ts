import Papa from "papaparse";
import { DEPLOYER_BASE } from "../classification/profiles";

export const HEADER = [
  "name",
  "intended_purpose",
  "business_unit",
  "lifecycle_stage",
  "member_states",
  "data_categories",
  "owner_email",
  "models",
  "datasets",
  "classification_answers",
];

export type Row = Partial<Record<(typeof HEADER)[number], string>>;

export function goodRow(name: string, extra: Row = {}): Row {
  return {
    name,
    intended_purpose: "Scores loan applications",
    business_unit: "Retail",
    lifecycle_stage: "In production",
    member_states: "DE;FR",
    data_categories: "PERSONAL",
    ...extra,
  };
}

export const COMPLETE_ANSWERS = JSON.stringify(DEPLOYER_BASE);

export function csvOf(rows: Row[], header = HEADER): string {
  return Papa.unparse([header, ...rows.map((r) => header.map((h) => r[h] ?? ""))], { newline: "\r\n" });
}

export function manyRows(count: number, prefix: string): Row[] {
  return Array.from({ length: count }, (_, i) =>
    goodRow(`${prefix} ${i + 1}`, {
      models: i % 10 === 0 ? "bulk-model@1" : "",
      datasets: i % 7 === 0 ? "bulk-data" : "",
    }),
  );
}
