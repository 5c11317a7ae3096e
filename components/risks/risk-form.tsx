"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import type { RiskPrefill } from "@/lib/dal/risks/origin";
import type { RiskDTO } from "@/lib/dal/risks/risks";
import { ZCreateRisk, ZUpdateRisk, type TCreateRisk, type TUpdateRisk } from "@/lib/validations/risks";
import { RiskFields, type RiskFieldValues } from "./risk-fields";

type Common = {
  owners: { userId: string; name: string }[];
  likelihoodLabels: readonly string[];
  impactLabels: readonly string[];
  // Where the page goes after a save (the register without ?edit=).
  doneHref: string;
};

const EMPTY: RiskFieldValues = {
  title: "",
  description: "",
  affectedPersons: "",
  fundamentalRights: "",
  source: "MANUAL",
  likelihood: "",
  impact: "",
  residualLikelihood: "",
  residualImpact: "",
  treatment: "",
  mitigation: "",
  ownerId: "",
  nextReviewDate: "",
  status: "OPEN",
} as unknown as RiskFieldValues;

function valuesOf(r: RiskDTO): RiskFieldValues {
  return {
    title: r.title,
    description: r.description,
    affectedPersons: r.affectedPersons,
    fundamentalRights: r.fundamentalRights.join("\n"),
    source: r.source,
    likelihood: String(r.likelihood) as "1",
    impact: String(r.impact) as "1",
    residualLikelihood: (r.residualLikelihood ? String(r.residualLikelihood) : "") as "1",
    residualImpact: (r.residualImpact ? String(r.residualImpact) : "") as "1",
    // An accepted risk shows no treatment here: saving keeps the acceptance unless the residual rating changes.
    treatment: r.treatment && r.treatment !== "ACCEPT" ? r.treatment : "",
    mitigation: r.mitigation,
    ownerId: r.ownerId ?? "",
    nextReviewDate: r.nextReviewDate ?? "",
    status: r.status,
  };
}

// Opened from an incident or a breach: the form starts from it, and the link travels in hidden fields.
const prefilled = (p: RiskPrefill | null | undefined) =>
  p
    ? {
        title: p.title,
        description: p.description,
        source: p.source,
        incidentId: p.incidentId ?? "",
        monitoringEventId: p.monitoringEventId ?? "",
      }
    : {};

export function NewRiskForm(
  props: Common & {
    systemId: string;
    prefill?: RiskPrefill | null;
    action: (i: TCreateRisk) => Promise<ActionResult<{ id: string }>>;
  },
) {
  const t = useTranslations("RiskForm");
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateRisk,
    action: props.action,
    defaultValues: { ...EMPTY, ...prefilled(props.prefill), systemId: props.systemId },
    onSuccess: (_data, values) => {
      setAdded(t("added", { title: values.title }));
      form.reset({ ...EMPTY, systemId: props.systemId });
      // A linked risk is recorded once: the page drops the incident or breach it was opened from.
      if (props.prefill) router.push(props.doneHref);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("addLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {props.prefill && <Alert tone="info">{t("openedFrom", { origin: props.prefill.origin })}</Alert>}
      <RiskFields form={form as unknown as UseFormReturn<RiskFieldValues>} {...props} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("adding") : t("add")}
      </Button>
      <p role="status" className="text-sm font-medium text-emerald-800">
        {added ?? ""}
      </p>
    </form>
  );
}

// Opened from an incident's page or a breach, saving is a re-score from it: the link travels in hidden fields and the
// data layer records it in the risk's history and on the incident or breach.
export function EditRiskForm(
  props: Common & {
    risk: RiskDTO;
    rescoreFrom?: RiskPrefill | null;
    action: (i: TUpdateRisk) => Promise<ActionResult<{ version: number }>>;
  },
) {
  const t = useTranslations("RiskForm");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZUpdateRisk,
    action: props.action,
    defaultValues: {
      ...valuesOf(props.risk),
      riskId: props.risk.id,
      version: props.risk.version,
      incidentId: props.rescoreFrom?.incidentId ?? "",
      monitoringEventId: props.rescoreFrom?.monitoringEventId ?? "",
    },
    onSuccess: () => {
      router.push(props.doneHref);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("editLabel", { title: props.risk.title })}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {props.rescoreFrom && (
        <Alert tone="info">
          {t("rescoring", {
            origin: props.rescoreFrom.origin,
            kind: props.rescoreFrom.incidentId ? "incident" : "breach",
          })}
        </Alert>
      )}
      <RiskFields form={form as unknown as UseFormReturn<RiskFieldValues>} {...props} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </Button>
        <ButtonLink href={props.doneHref} variant="secondary">
          {t("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
