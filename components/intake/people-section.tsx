"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroupField, RadioGroupField } from "@/components/forms/choice-fields";
import { TextareaField } from "@/components/forms/input-field";
import { AFFECTED_GROUPS, AUTOMATION_LEVELS } from "@/lib/validations/system-fields";
import type { IntakeForm } from "./intake-form-types";
import { useIntakeFieldLabels } from "./intake-labels";
import { useIntakeOptionLabels } from "./option-labels";
import { IntakeSection } from "./section";

export function PeopleSection({ form }: { form: IntakeForm }) {
  const t = useTranslations("IntakeForm");
  const { field } = useIntakeFieldLabels();
  const options = useIntakeOptionLabels();
  const groups = AFFECTED_GROUPS.map((value) => ({ value, label: options.affectedGroup(value) }));
  const automation = [
    ...AUTOMATION_LEVELS.map((value) => ({ value, label: options.automation(value) })),
    { value: "", label: t("notKnownYet") },
  ];
  return (
    <IntakeSection title={t("peopleTitle")} description={t("peopleDescription")}>
      <CheckboxGroupField
        form={form}
        name="affectedPersons"
        legend={field("affectedPersons")}
        choices={groups}
        columns={3}
        hint={t("affectedPersonsHint")}
      />
      <TextareaField
        form={form}
        name="affectedPersonsNote"
        label={field("affectedPersonsNote")}
        rows={2}
        hint={t("affectedPersonsNoteHint")}
      />
      <RadioGroupField
        form={form}
        name="automationLevel"
        legend={field("automationLevel")}
        choices={automation}
        columns={2}
      />
      <TextareaField
        form={form}
        name="humanOversight"
        label={field("humanOversight")}
        rows={3}
        hint={t("humanOversightHint")}
      />
    </IntakeSection>
  );
}
