"use client";
import { useRouter } from "next/navigation";
import { TextareaField } from "@/components/forms/input-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { BAND_LABELS, needsPrivilegedAcceptance, type RiskBand } from "@/lib/risks/score";
import { MIN_ACCEPTANCE_JUSTIFICATION, ZAcceptRisk, type TAcceptRisk } from "@/lib/validations/risks";

type Props = {
  riskId: string;
  version: number;
  band: RiskBand;
  residual: boolean;
  canAcceptHigh: boolean;
  doneHref: string;
  action: (input: TAcceptRisk) => Promise<ActionResult<{ version: number }>>;
};

// Accepting records who decided to live with the risk and why; the server checks role and justification again.
export function AcceptRiskForm({ riskId, version, band, residual, canAcceptHigh, doneHref, action }: Props) {
  const router = useRouter();
  const privileged = needsPrivilegedAcceptance(band);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAcceptRisk,
    action,
    defaultValues: { riskId, version, justification: "" },
    onSuccess: () => {
      router.push(doneHref);
      router.refresh();
    },
  });
  const rating = `${residual ? "residual" : "inherent"} rating is ${BAND_LABELS[band].toLowerCase()}`;
  if (privileged && !canAcceptHigh)
    return (
      <Alert tone="info" title="Acceptance needs another role">
        The {rating}: only an administrator, compliance officer or legal may accept it.
      </Alert>
    );
  const hint = privileged
    ? `Required: at least ${MIN_ACCEPTANCE_JUSTIFICATION} characters. Auditors read this in the register and the audit trail.`
    : "Optional for a low or medium risk; recorded with your name.";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Accept the residual risk">
      <p className="text-sm text-slate-700">The {rating}. Accepting records your name, the date and your reasons.</p>
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextareaField
        form={form}
        name="justification"
        label="Why is this risk acceptable?"
        hint={hint}
        required={privileged}
      />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Recording…" : "Accept the risk"}
      </Button>
    </form>
  );
}
