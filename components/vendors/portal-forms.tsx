"use client";
import { useRouter } from "next/navigation";
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
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Answer: ${props.label}`}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {sent && !form.formState.isDirty && <Alert tone="success">Answer received. Thank you.</Alert>}
      {props.kind === "number" ? (
        <InputField form={form} name="answer" label="Registration number" required />
      ) : (
        <TextareaField form={form} name="answer" label="Your answer" rows={4} required />
      )}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Send answer
      </Button>
    </form>
  );
}

// Asks the requester for a later due date; they accept or decline it.
export function PortalTimeForm(props: { token: string; submit: ServerAction<TAskForTime> }) {
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
  if (sent) return <Alert tone="success">Your request for more time was sent. The requester will decide on it.</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Ask for more time">
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField form={form} name="until" label="New date" type="date" required />
      <TextareaField form={form} name="reason" label="Why you need more time" rows={3} required />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Ask for more time
      </Button>
    </form>
  );
}
