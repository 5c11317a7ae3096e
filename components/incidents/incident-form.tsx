"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorSummary, collectProblems } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import {
  ZIncidentInput,
  ZIncidentUpdate,
  type TIncidentInput,
  type TIncidentUpdate,
} from "@/lib/validations/incidents";
import { IncidentFields, useIncidentFieldLabel } from "./incident-fields";

type Fields = Omit<TIncidentInput, "systemId" | "status"> & { status: "DRAFT" | "OPEN" };

export function NewIncidentForm({
  systemId,
  action,
}: {
  systemId: string;
  action: (input: TIncidentInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations("IncidentForm");
  const labelFor = useIncidentFieldLabel();
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZIncidentInput,
    action,
    defaultValues: {
      systemId,
      status: "OPEN",
      title: "",
      harm: "",
      awareAt: "",
      occurredAt: "",
      description: "",
      affectedPersons: "",
      correctiveActions: "",
      memberState: "",
      authority: "",
    },
    onSuccess: (data) => router.push(`/incidents/${data.id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={t("recordLabel")}>
      <ErrorSummary
        problems={collectProblems(form.formState.errors)}
        formError={formError}
        submitCount={form.formState.submitCount}
        labelFor={labelFor}
      />
      <IncidentFields form={form} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("recording") : t("record")}
      </Button>
    </form>
  );
}

type Editable = Fields & { incidentId: string; version: number };

export function EditIncidentForm({
  incident,
  action,
  showStatus,
}: {
  incident: Editable;
  showStatus: boolean;
  action: (input: TIncidentUpdate) => Promise<ActionResult<{ version: number }>>;
}) {
  const t = useTranslations("IncidentForm");
  const labelFor = useIncidentFieldLabel();
  const router = useRouter();
  const { form, onSubmit, formError, stale } = useActionForm({
    schema: ZIncidentUpdate,
    action,
    defaultValues: incident,
    onSuccess: () => router.push(`/incidents/${incident.incidentId}`),
  });
  // Someone else saved first (told apart from the words, which are in the reader's language).
  const conflict = stale && !!formError;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={t("editLabel")}>
      <ErrorSummary
        problems={collectProblems(form.formState.errors)}
        formError={conflict ? null : formError}
        submitCount={form.formState.submitCount}
        labelFor={labelFor}
      />
      {conflict && (
        <Alert tone="error">
          <p>{formError}</p>
          <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
            {t("discard")}
          </Button>
        </Alert>
      )}
      <IncidentFields form={form} showStatus={showStatus} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
