"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { InputField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RiskLabels } from "@/lib/risks/labels";
import {
  RISK_SCALE_AXES,
  RISK_SCALE_STEPS,
  stepKey,
  ZRiskScale,
  type RiskScaleAxis,
  type TRiskScale,
} from "@/lib/validations/risk-scale";

type Props = { labels: RiskLabels; defaults: RiskLabels; save: ServerAction<TRiskScale> };

const AXIS_KEY = { likelihood: "likelihood", impact: "impact" } as const satisfies Record<RiskScaleAxis, string>;
const STEP_KEY = (step: number) => (step === 1 ? "lowest" : step === 5 ? "highest" : "stepLabel");

function valuesOf(labels: RiskLabels): TRiskScale {
  const of = (axis: RiskScaleAxis) => (axis === "likelihood" ? labels.likelihoodLabels : labels.impactLabels);
  return Object.fromEntries(
    RISK_SCALE_AXES.flatMap((axis) => RISK_SCALE_STEPS.map((step) => [stepKey(axis, step), of(axis)[step - 1] ?? ""])),
  ) as TRiskScale;
}

// Ten fields in two columns (one per axis); each error shows under its own step.
export function RiskScaleForm({ labels, defaults, save }: Props) {
  const t = useTranslations("RiskScale");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRiskScale,
    action: save,
    defaultValues: valuesOf(labels),
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form
      onSubmit={onSubmit}
      onChange={() => setSaved(false)}
      noValidate
      aria-label={t("formLabel")}
      className="space-y-5"
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-6 md:grid-cols-2">
        {RISK_SCALE_AXES.map((axis) => (
          <fieldset key={axis} className="space-y-3">
            <legend className="mb-2 text-sm font-semibold text-slate-900">{t(AXIS_KEY[axis])}</legend>
            {RISK_SCALE_STEPS.map((step) => (
              <InputField
                key={step}
                form={form}
                name={stepKey(axis, step)}
                label={t(STEP_KEY(step), { axis: t(AXIS_KEY[axis]), step })}
                required
              />
            ))}
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            form.reset(valuesOf(defaults), { keepDefaultValues: true });
            setSaved(false);
          }}
        >
          {t("fillDefaults")}
        </Button>
        {saved && (
          <p role="status" className="text-sm text-green-800">
            {t("saved")}
          </p>
        )}
      </div>
    </form>
  );
}
