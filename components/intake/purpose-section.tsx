"use client";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import { LIFECYCLE_LABELS, LIFECYCLE_STAGES, SOURCING_LABELS, SOURCINGS } from "@/lib/validations/system-fields";
import { BusinessUnitField } from "./business-unit-field";
import type { AddUnit, IntakeForm, OwnerOption, UnitOption } from "./intake-form-types";
import { INTAKE_LABELS as L } from "./intake-labels";
import { IntakeSection, TwoColumns } from "./section";

const pairs = <T extends string>(codes: readonly T[], labels: Record<T, string>) =>
  codes.map((c) => [c, labels[c]] as const);

type Props = { form: IntakeForm; owners: OwnerOption[]; units: UnitOption[]; addUnit: AddUnit };

export function PurposeSection({ form, owners, units, addUnit }: Props) {
  return (
    <IntakeSection
      title="Purpose and ownership"
      description="What the system is for, who is accountable for it, and where it comes from."
    >
      <InputField
        form={form}
        name="name"
        label={L.name}
        required
        hint="The name people in your organisation know it by, e.g. “CV screening (TalentRank)”."
      />
      <TextareaField
        form={form}
        name="description"
        label={L.description}
        rows={2}
        hint="One or two sentences shown under the name in the inventory and in reports."
      />
      <TextareaField
        form={form}
        name="intendedPurpose"
        label={L.intendedPurpose}
        required
        rows={4}
        hint="The use the system is meant for: the task, the setting and who relies on its output. The AI Act judges most risks by intended purpose (Art 3(12)), so be specific."
      />
      <TwoColumns>
        <BusinessUnitField form={form} units={units} addUnit={addUnit} />
        <SelectField
          form={form}
          name="ownerId"
          label={L.ownerId}
          placeholder="No owner yet"
          options={owners.map((o) => [o.userId, `${o.name} (${o.email})`] as const)}
          hint="The member of your organisation accountable for this system."
        />
        <InputField
          form={form}
          name="vendor"
          label={L.vendor}
          hint="Who supplies the system or its model. Leave empty if you build it yourselves."
        />
        <SelectField
          form={form}
          name="sourcing"
          label={L.sourcing}
          placeholder="Not known yet"
          options={pairs(SOURCINGS, SOURCING_LABELS)}
          hint="Helps decide your role: provider, deployer, importer or distributor."
        />
        <SelectField
          form={form}
          name="lifecycleStage"
          label={L.lifecycleStage}
          required
          placeholder="Choose a stage"
          options={pairs(LIFECYCLE_STAGES, LIFECYCLE_LABELS)}
        />
        <InputField
          form={form}
          name="placedOnMarketAt"
          label={L.placedOnMarketAt}
          type="date"
          hint="First made available or put into use. Older systems may fall under the transition rules of Art 111."
        />
      </TwoColumns>
    </IntakeSection>
  );
}
