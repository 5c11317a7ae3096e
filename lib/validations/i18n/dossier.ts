import type { ValidationCatalogue } from "./types";

// The bulk export's refusal when no systems were chosen (app/(app)/reports/export-zip). A final version refused for
// its gaps is worded in the exporter's language by the data layer itself (lib/dal/dossiers/internal/finality.ts).
export const DOSSIER_MESSAGES_DE: ValidationCatalogue = {
  "Choose which systems to export.": "Wählen Sie aus, welche Systeme exportiert werden sollen.",
};

export const DOSSIER_MESSAGES_FR: ValidationCatalogue = {
  "Choose which systems to export.": "Choisissez les systèmes à exporter.",
};
