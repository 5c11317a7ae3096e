"use client";
import { useTranslations } from "next-intl";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import { useSystemBadgeLabels } from "@/components/system-badges";
import { LIFECYCLE_STAGES, SOURCINGS } from "@/lib/validations/system-fields";
import { BusinessUnitField } from "./business-unit-field";
import type { AddUnit, IntakeForm, OwnerOption, UnitOption } from "./intake-form-types";
import { useIntakeFieldLabels } from "./intake-labels";
import { useIntakeOptionLabels } from "./option-labels";
import { IntakeSection, TwoColumns } from "./section";

const pairs = <T extends string>(codes: readonly T[], label: (code: T) => string) =>
  codes.map((c) => [c, label(c)] as const);

type Props = { form: IntakeForm; owners: OwnerOption[]; units: UnitOption[]; addUnit: AddUnit };

export function PurposeSection({ form, owners, units, addUnit }: Props) {
  const t = useTranslations("IntakeForm");
  const { field } = useIntakeFieldLabels();
  const options = useIntakeOptionLabels();
  const badges = useSystemBadgeLabels();
  return (
    <IntakeSection title={t("purposeTitle")} description={t("purposeDescription")}>
      <InputField form={form} name="name" label={field("name")} required hint={t("nameHint")} />
      <TextareaField form={form} name="description" label={field("description")} rows={2} hint={t("descriptionHint")} />
      <TextareaField
        form={form}
        name="intendedPurpose"
        label={field("intendedPurpose")}
        required
        rows={4}
        hint={t("intendedPurposeHint")}
      />
      <TwoColumns>
        <BusinessUnitField form={form} units={units} addUnit={addUnit} />
        <SelectField
          form={form}
          name="ownerId"
          label={field("ownerId")}
          placeholder={t("noOwnerYet")}
          options={owners.map((o) => [o.userId, `${o.name} (${o.email})`] as const)}
          hint={t("ownerHint")}
        />
        <InputField form={form} name="vendor" label={field("vendor")} hint={t("vendorHint")} />
        <SelectField
          form={form}
          name="sourcing"
          label={field("sourcing")}
          placeholder={t("notKnownYet")}
          options={pairs(SOURCINGS, options.sourcing)}
          hint={t("sourcingHint")}
        />
        <SelectField
          form={form}
          name="lifecycleStage"
          label={field("lifecycleStage")}
          required
          placeholder={t("chooseStage")}
          options={pairs(LIFECYCLE_STAGES, badges.lifecycle)}
        />
        <InputField
          form={form}
          name="placedOnMarketAt"
          label={field("placedOnMarketAt")}
          type="date"
          hint={t("placedOnMarketHint")}
        />
      </TwoColumns>
    </IntakeSection>
  );
}
