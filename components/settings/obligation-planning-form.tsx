"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RadioGroupField } from "@/components/forms/choice-fields";
import { InputField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  DONE_RULE_LABELS,
  DONE_RULES,
  ZObligationPlanning,
  type DoneRule,
  type TObligationPlanning,
} from "@/lib/validations/obligation-planning";

type Props = {
  planning: { obligationLeadDays: number; doneRule: DoneRule };
  save: ServerAction<TObligationPlanning>;
};

const CHOICES = DONE_RULES.map((value) => ({ value, ...DONE_RULE_LABELS[value] }));

export function ObligationPlanningForm({ planning, save }: Props) {
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
        label="Days to plan for a duty that already applies"
        hint="A newly derived duty that the law already requires is due this many days later. A duty that applies later is due the day it starts to apply. Due dates already planned are not changed."
      />
      <RadioGroupField form={form} name="doneRule" legend="Marking an obligation done needs" choices={CHOICES} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save planning"}
        </Button>
        {saved && (
          <p role="status" className="text-sm text-green-800">
            Saved.
          </p>
        )}
      </div>
    </form>
  );
}
