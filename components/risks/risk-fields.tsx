"use client";
import type { UseFormReturn } from "react-hook-form";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import {
  RISK_SOURCE_LABELS,
  RISK_SOURCES,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  RISK_TREATMENT_LABELS,
  type TCreateRisk,
} from "@/lib/validations/risks";

export type RiskFieldValues = Omit<TCreateRisk, "systemId">;

type Props = {
  form: UseFormReturn<RiskFieldValues>;
  owners: { userId: string; name: string }[];
  likelihoodLabels: readonly string[];
  impactLabels: readonly string[];
};

const scale = (labels: readonly string[]) => labels.map((label, i) => [String(i + 1), `${i + 1} – ${label}`] as const);
// Accepting is its own step with a justification, so it is not offered here.
const TREATMENTS = (["MITIGATE", "AVOID", "TRANSFER"] as const).map((t) => [t, RISK_TREATMENT_LABELS[t]] as const);

export function RiskFields({ form, owners, likelihoodLabels, impactLabels }: Props) {
  return (
    <div className="space-y-4">
      <InputField form={form} name="title" label="Risk" required hint="What could go wrong, for whom." />
      <TextareaField form={form} name="description" label="Description" />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField form={form} name="affectedPersons" label="Affected persons" hint="e.g. job applicants" />
        <SelectField
          form={form}
          name="source"
          label="Found through"
          required
          placeholder="Choose…"
          options={RISK_SOURCES.map((s) => [s, RISK_SOURCE_LABELS[s]] as const)}
        />
      </div>
      <TextareaField
        form={form}
        name="fundamentalRights"
        label="Fundamental rights at stake"
        hint="One per line, e.g. Non-discrimination."
        rows={2}
      />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Inherent rating (before treatment)</legend>
        <SelectField
          form={form}
          name="likelihood"
          label="Likelihood"
          required
          placeholder="Choose…"
          options={scale(likelihoodLabels)}
        />
        <SelectField
          form={form}
          name="impact"
          label="Impact"
          required
          placeholder="Choose…"
          options={scale(impactLabels)}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField form={form} name="treatment" label="Treatment" placeholder="None yet" options={TREATMENTS} />
        <SelectField
          form={form}
          name="status"
          label="Status"
          required
          placeholder="Choose…"
          options={RISK_STATUSES.map((s) => [s, RISK_STATUS_LABELS[s]] as const)}
        />
      </div>
      <TextareaField form={form} name="mitigation" label="Mitigation" hint="What is done to reduce the risk." />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Residual rating (after treatment)</legend>
        <SelectField
          form={form}
          name="residualLikelihood"
          label="Residual likelihood"
          placeholder="Not rated"
          options={scale(likelihoodLabels)}
        />
        <SelectField
          form={form}
          name="residualImpact"
          label="Residual impact"
          placeholder="Not rated"
          options={scale(impactLabels)}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          form={form}
          name="ownerId"
          label="Owner"
          placeholder="Unassigned"
          options={owners.map((o) => [o.userId, o.name] as const)}
        />
        <InputField form={form} name="nextReviewDate" label="Next review" type="date" />
      </div>
    </div>
  );
}
