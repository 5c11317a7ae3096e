"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RadioGroupField } from "@/components/forms/choice-fields";
import { InputField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  DONE_RULES,
  ZObligationPlanning,
  type DoneRule,
  type TObligationPlanning,
} from "@/lib/validations/obligation-planning";

type Props = {
  planning: { obligationLeadDays: number; doneRule: DoneRule };
  save: ServerAction<TObligationPlanning>;
};

const DONE_RULE_KEYS = {
  evidence_or_note: { label: "evidenceOrNote", description: "evidenceOrNoteDescription" },
  evidence: { label: "evidence", description: "evidenceDescription" },
} as const satisfies Record<DoneRule, { label: string; description: string }>;

export function ObligationPlanningForm({ planning, save }: Props) {
  const t = useTranslations("ObligationPlanning");
  const choices = DONE_RULES.map((value) => ({
    value,
    label: t(DONE_RULE_KEYS[value].label),
    description: t(DONE_RULE_KEYS[value].description),
  }));
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZObligationPlanning,
    action: save,
    defaultValues: { obligationLeadDays: String(planning.obligationLeadDays), doneRule: planning.doneRule },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate className="max-w-xl space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField
        form={form}
        name="obligationLeadDays"
        type="number"
        className="w-28"
        label={t("leadDays")}
        hint={t("leadDaysHint")}
      />
      <RadioGroupField form={form} name="doneRule" legend={t("doneRule")} choices={choices} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
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
