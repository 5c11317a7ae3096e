"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { InputField, TextareaField } from "@/components/forms/input-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { ZCloseIncident, ZRecordReport, type TCloseIncident, type TRecordReport } from "@/lib/validations/incidents";

type Common = { incidentId: string; version: number };

const nowUtcLocal = () => new Date().toISOString().slice(0, 16);

// Records that a report was sent to the authority; the time is prefilled with now (UTC) and can be corrected.
export function RecordReportForm({
  incidentId,
  version,
  kind,
  action,
}: Common & {
  kind: "initial" | "complete";
  action: (input: TRecordReport) => Promise<ActionResult<{ version: number }>>;
}) {
  const t = useTranslations("IncidentReportActions");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRecordReport,
    action,
    defaultValues: { incidentId, version, kind, reportedAt: nowUtcLocal(), reference: "" },
    onSuccess: () => router.refresh(),
  });
  const title = kind === "initial" ? t("recordInitial") : t("recordComplete");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={title}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {/* One column: the form sits in the narrow side column of the incident page. */}
      <div className="grid gap-4">
        <InputField form={form} name="reportedAt" type="datetime-local" label={t("sentAt")} required />
        <InputField form={form} name="reference" label={t("reference")} hint={t("referenceHint")} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("recording") : title}
      </Button>
    </form>
  );
}

export function CloseIncidentForm({
  incidentId,
  version,
  action,
}: Common & { action: (input: TCloseIncident) => Promise<ActionResult<{ version: number }>> }) {
  const t = useTranslations("IncidentReportActions");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCloseIncident,
    action,
    defaultValues: { incidentId, version, reason: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("closeLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextareaField form={form} name="reason" label={t("reason")} required rows={3} hint={t("reasonHint")} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("closing") : t("close")}
      </Button>
    </form>
  );
}
