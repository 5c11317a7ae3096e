"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { RadioGroupField } from "@/components/forms/choice-fields";
import { TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZSetApplicability, type TSetApplicability } from "@/lib/validations/standards";

// Include or exclude one control in the Statement of Applicability; excluding asks why, next to the field.
export function SoaForm(props: {
  initial: TSetApplicability;
  action: ServerAction<TSetApplicability, { version: number }>;
  doneHref: string;
}) {
  const t = useTranslations("SoaForm");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSetApplicability,
    action: props.action,
    defaultValues: props.initial,
    // The saved decision's new version goes with the next save; a refused save (someone else decided meanwhile)
    // leaves the form as typed, with the message above it.
    onSuccess: (data, input) => {
      setSaved(true);
      form.reset({ ...input, version: data.version });
      router.refresh();
    },
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={t("formLabel", { control: props.initial.controlId })}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && !form.formState.isDirty && (
        <Alert tone="success">
          {t("saved")}{" "}
          <Link className="font-medium underline" href={props.doneHref}>
            {t("back")}
          </Link>
        </Alert>
      )}
      <RadioGroupField
        form={form}
        name="decision"
        legend={t("legend")}
        columns={2}
        choices={[
          { value: "include", label: t("include") },
          { value: "exclude", label: t("exclude") },
        ]}
      />
      <TextareaField
        form={form}
        name="justification"
        label={t("justification")}
        hint={t("justificationHint")}
        rows={3}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
