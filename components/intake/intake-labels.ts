import { useTranslations } from "next-intl";

// Field labels of the intake form, shared by the fields and the error summary so both say the same thing.
const FIELD_KEYS = {
  name: "name",
  description: "description",
  intendedPurpose: "intendedPurpose",
  businessUnit: "businessUnit",
  ownerId: "ownerId",
  vendor: "vendor",
  sourcing: "sourcing",
  lifecycleStage: "lifecycleStage",
  placedOnMarketAt: "placedOnMarketAt",
  memberStates: "memberStates",
  outputUsedInEu: "outputUsedInEu",
  affectedPersons: "affectedPersons",
  affectedPersonsNote: "affectedPersonsNote",
  automationLevel: "automationLevel",
  humanOversight: "humanOversight",
  dataCategories: "dataCategories",
  models: "models",
  datasets: "datasets",
} as const;
export type IntakeField = keyof typeof FIELD_KEYS;

const ROW_FIELD_KEYS: Record<string, string> = {
  name: "rowName",
  registryName: "rowRegistryName",
  version: "rowVersion",
  stage: "rowStage",
  description: "rowDescription",
  uri: "rowUri",
};

/** What labelling needs of a translator of the "IntakeFields" namespace (useTranslations or createTranslator). */
export type IntakeFieldsTranslate = (key: string, values?: Record<string, string | number>) => string;

const rowField = (t: IntakeFieldsTranslate, name: string) => (ROW_FIELD_KEYS[name] ? t(ROW_FIELD_KEYS[name]) : name);

/** "models.1.versions.0.version" → "Model 2, version 1: version", in the translator's language. */
export function intakeLabelFor(t: IntakeFieldsTranslate, name: string): string {
  const parts = name.split(".");
  if (parts.length === 1) return name in FIELD_KEYS ? t(FIELD_KEYS[name as IntakeField]) : name;
  const [list, index, ...rest] = parts;
  const number = Number(index) + 1;
  const row = list === "models" ? t("modelRow", { number }) : t("datasetRow", { number });
  if (rest[0] === "versions" && rest.length >= 2) {
    const version = t("versionRow", { row, number: Number(rest[1]) + 1 });
    return rest[2] ? t("rowField", { row: version, field: rowField(t, rest[2]) }) : version;
  }
  return rest[0] ? t("rowField", { row, field: rowField(t, rest[0]) }) : row;
}

export type IntakeFieldLabels = ReturnType<typeof useIntakeFieldLabels>;

export function useIntakeFieldLabels() {
  const translate = useTranslations("IntakeFields") as unknown as IntakeFieldsTranslate;
  return {
    field: (name: IntakeField) => translate(FIELD_KEYS[name]),
    labelFor: (name: string) => intakeLabelFor(translate, name),
  };
}

// Summary order follows the form's order, not the order the validator found the problems in.
const ORDER = Object.keys(FIELD_KEYS);
export function byFormOrder(a: { name: string }, b: { name: string }): number {
  const rank = (n: string) => ORDER.indexOf(n.replace(/\..*$/, "")); // by the top-level field
  return rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, "en", { numeric: true });
}
