"use client";
import { RadioGroupField } from "@/components/forms/choice-fields";
import type { IntakeForm } from "./intake-form-types";
import { INTAKE_LABELS as L } from "./intake-labels";
import { MemberStatesField } from "./member-states-field";
import { IntakeSection } from "./section";

const OUTPUT_CHOICES = [
  { value: "yes", label: "Yes", description: "Its results are used in the EU, even if the system runs elsewhere." },
  { value: "no", label: "No", description: "Its results are used only outside the EU." },
  { value: "", label: "Not known yet" },
];

export function UsageSection({ form }: { form: IntakeForm }) {
  return (
    <IntakeSection
      title="Where it is used"
      description="The AI Act applies to systems used in the EU and to systems whose output is used there (Art 2(1)). Answer at least one of the two questions."
    >
      <MemberStatesField form={form} />
      <RadioGroupField
        form={form}
        name="outputUsedInEu"
        legend={L.outputUsedInEu}
        choices={OUTPUT_CHOICES}
        columns={3}
      />
    </IntakeSection>
  );
}
