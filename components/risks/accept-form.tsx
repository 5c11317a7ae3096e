"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/forms/input-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { needsPrivilegedAcceptance, type RiskBand } from "@/lib/risks/score";
import { MIN_ACCEPTANCE_JUSTIFICATION, ZAcceptRisk, type TAcceptRisk } from "@/lib/validations/risks";
import { useRiskWords } from "./risk-words";

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
  const t = useTranslations("RiskAcceptForm");
  const words = useRiskWords();
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
  const rating = { residual: residual ? "yes" : "no", band: words.band(band).toLowerCase() };
  if (privileged && !canAcceptHigh)
    return (
      <Alert tone="info" title={t("needsRole")}>
        {t("needsRoleText", rating)}
      </Alert>
    );
  const hint = privileged ? t("hintRequired", { min: MIN_ACCEPTANCE_JUSTIFICATION }) : t("hintOptional");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("label")}>
      <p className="text-sm text-slate-700">{t("intro", rating)}</p>
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextareaField form={form} name="justification" label={t("question")} hint={hint} required={privileged} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("recording") : t("accept")}
      </Button>
    </form>
  );
}
