"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { InputField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZAnswerItem, ZAskForTime, type TAnswerItem, type TAskForTime } from "@/lib/validations/vendors";

// A written answer to one item: a registration number or text.
export function PortalAnswerForm(props: {
  token: string;
  itemId: string;
  label: string;
  kind: "number" | "text";
  answer: string;
  submit: ServerAction<TAnswerItem>;
}) {
  const t = useTranslations("RespondForms");
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAnswerItem,
    action: props.submit,
    defaultValues: { token: props.token, itemId: props.itemId, answer: props.answer },
    onSuccess: (_, input) => {
      setSent(true);
      form.reset(input);
      router.refresh();
    },
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={t("answerFormLabel", { label: props.label })}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      {sent && !form.formState.isDirty && <Alert tone="success">{t("answerReceived")}</Alert>}
      {props.kind === "number" ? (
        <InputField form={form} name="answer" label={t("registrationNumber")} required />
      ) : (
        <TextareaField form={form} name="answer" label={t("yourAnswer")} rows={4} required />
      )}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("sendAnswer")}
      </Button>
    </form>
  );
}

// Asks the requester for a later due date; they accept or decline it.
export function PortalTimeForm(props: { token: string; submit: ServerAction<TAskForTime> }) {
  const t = useTranslations("RespondForms");
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAskForTime,
    action: props.submit,
    defaultValues: { token: props.token, until: "", reason: "" },
    onSuccess: () => {
      setSent(true);
      router.refresh();
    },
  });
  if (sent) return <Alert tone="success">{t("timeSent")}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("askForMoreTime")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField form={form} name="until" label={t("newDate")} type="date" required />
      <TextareaField form={form} name="reason" label={t("whyMoreTime")} rows={3} required />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("askForMoreTime")}
      </Button>
    </form>
  );
}
