"use client";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from "@/lib/validations/system-fields";
import { DatasetsField } from "./datasets-field";
import type { IntakeForm } from "./intake-form-types";
import { INTAKE_LABELS as L } from "./intake-labels";
import { ModelsField } from "./models-field";
import { IntakeSection } from "./section";

const CATEGORY_HELP: Record<(typeof DATA_CATEGORIES)[number], string> = {
  PERSONAL: "Any information about an identifiable person.",
  BIOMETRIC: "Face, voice, fingerprints or behaviour used to identify or categorise people.",
  SPECIAL_CATEGORY: "Health, ethnicity, religion, political views, sexual orientation, trade-union membership.",
  NON_PERSONAL: "The system processes no data about people at all.",
};
const CATEGORIES = DATA_CATEGORIES.map((value) => ({
  value,
  label: DATA_CATEGORY_LABELS[value],
  description: CATEGORY_HELP[value],
}));

export function DataSection({ form }: { form: IntakeForm }) {
  return (
    <IntakeSection
      title="Data, models and datasets"
      description="What data the system processes, and which models and datasets it is built from."
    >
      <CheckboxGroupField
        form={form}
        name="dataCategories"
        legend={L.dataCategories}
        required
        choices={CATEGORIES}
        columns={2}
        hint="Tick every category that applies."
      />
      <ModelsField form={form} />
      <DatasetsField form={form} />
    </IntakeSection>
  );
}
