"use client";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import { RISK_SOURCES, RISK_STATUSES, type TCreateRisk } from "@/lib/validations/risks";
import { useRiskChoices } from "./risk-choices";
import { useRiskWords } from "./risk-words";

export type RiskFieldValues = Omit<TCreateRisk, "systemId">;

type Props = {
  form: UseFormReturn<RiskFieldValues>;
  owners: { userId: string; name: string }[];
  likelihoodLabels: readonly string[];
  impactLabels: readonly string[];
};

const scale = (labels: readonly string[]) => labels.map((label, i) => [String(i + 1), `${i + 1} – ${label}`] as const);
// Accepting is its own step with a justification, so it is not offered here.
const TREATMENTS = ["MITIGATE", "AVOID", "TRANSFER"] as const;

export function RiskFields({ form, owners, likelihoodLabels, impactLabels }: Props) {
  const t = useTranslations("RiskFields");
  const choices = useRiskChoices();
  const words = useRiskWords();
  return (
    <div className="space-y-4">
      <InputField form={form} name="title" label={t("title")} required hint={t("titleHint")} />
      <TextareaField form={form} name="description" label={t("description")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField form={form} name="affectedPersons" label={t("affectedPersons")} hint={t("affectedHint")} />
        <SelectField
          form={form}
          name="source"
          label={t("source")}
          required
          placeholder={t("choose")}
          options={RISK_SOURCES.map((s) => [s, choices.source(s)] as const)}
        />
      </div>
      <TextareaField form={form} name="fundamentalRights" label={t("rights")} hint={t("rightsHint")} rows={2} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("inherent")}</legend>
        <SelectField
          form={form}
          name="likelihood"
          label={t("likelihood")}
          required
          placeholder={t("choose")}
          options={scale(likelihoodLabels)}
        />
        <SelectField
          form={form}
          name="impact"
          label={t("impact")}
          required
          placeholder={t("choose")}
          options={scale(impactLabels)}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          form={form}
          name="treatment"
          label={t("treatment")}
          placeholder={t("noneYet")}
          options={TREATMENTS.map((v) => [v, choices.treatment(v)] as const)}
        />
        <SelectField
          form={form}
          name="status"
          label={t("status")}
          required
          placeholder={t("choose")}
          options={RISK_STATUSES.map((s) => [s, words.status(s)] as const)}
        />
      </div>
      <TextareaField form={form} name="mitigation" label={t("mitigation")} hint={t("mitigationHint")} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("residual")}</legend>
        <SelectField
          form={form}
          name="residualLikelihood"
          label={t("residualLikelihood")}
          placeholder={t("notRated")}
          options={scale(likelihoodLabels)}
        />
        <SelectField
          form={form}
          name="residualImpact"
          label={t("residualImpact")}
          placeholder={t("notRated")}
          options={scale(impactLabels)}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          form={form}
          name="ownerId"
          label={t("owner")}
          placeholder={t("unassigned")}
          options={owners.map((o) => [o.userId, o.name] as const)}
        />
        <InputField form={form} name="nextReviewDate" label={t("nextReview")} type="date" />
      </div>
    </div>
  );
}
