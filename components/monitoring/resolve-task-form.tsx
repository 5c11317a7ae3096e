"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { InputField } from "@/components/forms/input-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { ZResolveTask, type TResolveTask } from "@/lib/validations/monitoring";

// Closing a monitoring task lifts the CI gate's block, so it asks what was done; hidden until asked for.
export function ResolveTaskForm({
  taskId,
  title,
  action,
}: {
  taskId: string;
  title: string;
  action: (input: TResolveTask) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations("MonitoringResults");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZResolveTask,
    action,
    defaultValues: { taskId, note: "" },
    onSuccess: () => router.refresh(),
  });
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {t("resolve")}
        <span className="sr-only">{t("resolveTaskSr", { title })}</span>
      </Button>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" aria-label={t("resolveTask", { title })}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField form={form} name="note" label={t("whatWasDone")} required hint={t("whatWasDoneHint")} />
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("resolving") : t("resolveButton")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
