"use client";
import { CheckboxGroupField, RadioGroupField } from "@/components/forms/choice-fields";
import { TextareaField } from "@/components/forms/input-field";
import {
  AFFECTED_GROUP_LABELS,
  AFFECTED_GROUPS,
  AUTOMATION_LABELS,
  AUTOMATION_LEVELS,
} from "@/lib/validations/system-fields";
import type { IntakeForm } from "./intake-form-types";
import { INTAKE_LABELS as L } from "./intake-labels";
import { IntakeSection } from "./section";

const GROUPS = AFFECTED_GROUPS.map((value) => ({ value, label: AFFECTED_GROUP_LABELS[value] }));
const AUTOMATION = [
  ...AUTOMATION_LEVELS.map((value) => ({ value, label: AUTOMATION_LABELS[value] })),
  { value: "", label: "Not known yet" },
];

export function PeopleSection({ form }: { form: IntakeForm }) {
  return (
    <IntakeSection
      title="People and oversight"
      description="Who the system affects, and how far people stay in control of its results."
    >
      <CheckboxGroupField
        form={form}
        name="affectedPersons"
        legend={L.affectedPersons}
        choices={GROUPS}
        columns={3}
        hint="Everyone the output can affect, not only the people who use the system. Children and vulnerable persons call for extra care."
      />
      <TextareaField
        form={form}
        name="affectedPersonsNote"
        label={L.affectedPersonsNote}
        rows={2}
        hint="Anything the groups above do not capture, e.g. how many people, or in which situation."
      />
      <RadioGroupField form={form} name="automationLevel" legend={L.automationLevel} choices={AUTOMATION} columns={2} />
      <TextareaField
        form={form}
        name="humanOversight"
        label={L.humanOversight}
        rows={3}
        hint="Who reviews or can override the output, when, and with what training and authority (Art 14, Art 26(2))."
      />
    </IntakeSection>
  );
}
