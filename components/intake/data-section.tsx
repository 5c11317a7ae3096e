"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { DATA_CATEGORIES } from "@/lib/validations/system-fields";
import { DatasetsField } from "./datasets-field";
import type { IntakeForm } from "./intake-form-types";
import { useIntakeFieldLabels } from "./intake-labels";
import { ModelsField } from "./models-field";
import { IntakeSection } from "./section";

import { useIntakeOptionLabels } from "./option-labels";

const CATEGORY_HELP_KEYS = {
  PERSONAL: "dataPersonalHelp",
  BIOMETRIC: "dataBiometricHelp",
  SPECIAL_CATEGORY: "dataSpecialCategoryHelp",
  NON_PERSONAL: "dataNonPersonalHelp",
} as const satisfies Record<(typeof DATA_CATEGORIES)[number], string>;

export function DataSection({ form }: { form: IntakeForm }) {
  const t = useTranslations("IntakeForm");
  const { field } = useIntakeFieldLabels();
  const options = useIntakeOptionLabels();
  const categories = DATA_CATEGORIES.map((value) => ({
    value,
    label: options.dataCategory(value),
    description: t(CATEGORY_HELP_KEYS[value]),
  }));
  return (
    <IntakeSection title={t("dataTitle")} description={t("dataDescription")}>
      <CheckboxGroupField
        form={form}
        name="dataCategories"
        legend={field("dataCategories")}
        required
        choices={categories}
        columns={2}
        hint={t("dataCategoriesHint")}
      />
      <ModelsField form={form} />
      <DatasetsField form={form} />
    </IntakeSection>
  );
}
