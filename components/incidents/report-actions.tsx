"use client";
import { useRouter } from "next/navigation";
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
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRecordReport,
    action,
    defaultValues: { incidentId, version, kind, reportedAt: nowUtcLocal(), reference: "" },
    onSuccess: () => router.refresh(),
  });
  const title = kind === "initial" ? "Record the initial report" : "Record the complete report";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={title}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {/* One column: the form sits in the narrow side column of the incident page. */}
      <div className="grid gap-4">
        <InputField form={form} name="reportedAt" type="datetime-local" label="Sent to the authority (UTC)" required />
        <InputField form={form} name="reference" label="Authority's reference" hint="Case or receipt number, if any." />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Recording…" : title}
      </Button>
    </form>
  );
}

export function CloseIncidentForm({
  incidentId,
  version,
  action,
}: Common & { action: (input: TCloseIncident) => Promise<ActionResult<{ version: number }>> }) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCloseIncident,
    action,
    defaultValues: { incidentId, version, reason: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Close the incident">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextareaField
        form={form}
        name="reason"
        label="Why is it closed?"
        required
        rows={3}
        hint="E.g. “Complete report filed and corrective action verified”, or for a draft “Assessed: not a serious incident because …”."
      />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Closing…" : "Close incident"}
      </Button>
    </form>
  );
}
