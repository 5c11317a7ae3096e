"use client";
import { useTranslations } from "next-intl";
import { IMPORT_COLUMNS, type ImportField } from "@/lib/import/columns";

// Each field's label and hint keys as literals (the message scan counts a key only where a file names it); the type
// keeps the list whole when a column is added.
const KEYS = {
  name: ["name", "nameHint"],
  description: ["description", "descriptionHint"],
  intendedPurpose: ["intendedPurpose", "intendedPurposeHint"],
  businessUnit: ["businessUnit", "businessUnitHint"],
  ownerEmail: ["ownerEmail", "ownerEmailHint"],
  vendor: ["vendor", "vendorHint"],
  sourcing: ["sourcing", "sourcingHint"],
  lifecycleStage: ["lifecycleStage", "lifecycleStageHint"],
  placedOnMarketAt: ["placedOnMarketAt", "placedOnMarketAtHint"],
  memberStates: ["memberStates", "memberStatesHint"],
  outputUsedInEu: ["outputUsedInEu", "outputUsedInEuHint"],
  affectedPersons: ["affectedPersons", "affectedPersonsHint"],
  affectedPersonsNote: ["affectedPersonsNote", "affectedPersonsNoteHint"],
  automationLevel: ["automationLevel", "automationLevelHint"],
  humanOversight: ["humanOversight", "humanOversightHint"],
  dataCategories: ["dataCategories", "dataCategoriesHint"],
  models: ["models", "modelsHint"],
  datasets: ["datasets", "datasetsHint"],
  isDraft: ["isDraft", "isDraftHint"],
  classificationAnswers: ["classificationAnswers", "classificationAnswersHint"],
} as const satisfies { [F in ImportField]: readonly [F, `${F}Hint`] };

// The import's fields in the reader's language. lib/import/columns keeps the English, which the import also accepts
// as a column header and the server reports in missingRequired.
export function useColumnLabels() {
  const t = useTranslations("ImportColumns");
  return {
    label: (field: ImportField) => t(KEYS[field][0]),
    hint: (field: ImportField) => t(KEYS[field][1]),
    fromEnglish: (english: string) => {
      const column = IMPORT_COLUMNS.find((c) => c.label === english);
      return column ? t(KEYS[column.field][0]) : english;
    },
  };
}
