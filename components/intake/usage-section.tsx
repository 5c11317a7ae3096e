"use client";
import { useTranslations } from "next-intl";
import { RadioGroupField } from "@/components/forms/choice-fields";
import type { IntakeForm } from "./intake-form-types";
import { useIntakeFieldLabels } from "./intake-labels";
import { MemberStatesField } from "./member-states-field";
import { IntakeSection } from "./section";

export function UsageSection({ form }: { form: IntakeForm }) {
  const t = useTranslations("IntakeForm");
  const { field } = useIntakeFieldLabels();
  const outputChoices = [
    { value: "yes", label: t("yes"), description: t("outputYesHelp") },
    { value: "no", label: t("no"), description: t("outputNoHelp") },
    { value: "", label: t("notKnownYet") },
  ];
  return (
    <IntakeSection title={t("usageTitle")} description={t("usageDescription")}>
      <MemberStatesField form={form} />
      <RadioGroupField
        form={form}
        name="outputUsedInEu"
        legend={field("outputUsedInEu")}
        choices={outputChoices}
        columns={3}
      />
    </IntakeSection>
  );
}
