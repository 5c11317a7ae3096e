"use client";
import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZEmailOnly } from "@/lib/validations/auth";
import { requestPasswordResetAction, resendSignUpLinkAction } from "./actions";

const KINDS = {
  reset: {
    action: requestPasswordResetAction,
    submit: "Send reset link",
    sent: (email: string) =>
      `If ${email} belongs to an account with a password, we sent it a link to choose a new one. The link works for one hour.`,
  },
  signup: {
    action: resendSignUpLinkAction,
    submit: "Send a new link",
    sent: (email: string) =>
      `If a sign-up with ${email} is waiting for confirmation, we sent it a new link. It works for 24 hours.`,
  },
} as const;

// Asks for an e-mail to be sent to an address. The answer never says whether the address has an account.
export function EmailRequestForm({ kind }: { kind: keyof typeof KINDS }) {
  const { action, submit, sent } = KINDS[kind];
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZEmailOnly,
    action,
    defaultValues: { email: "" },
    onSuccess: (_data, input) => setSentTo(input.email.trim()),
  });
  if (sentTo) {
    return (
      <div className="mt-6">
        <Alert tone="success" title="Check your e-mail">
          {sent(sentTo)} No e-mail after a few minutes? Look in your spam folder.
        </Alert>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField form={form} name="email" label="Email" type="email" autoComplete="email" />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Sending…" : submit}
      </Button>
    </form>
  );
}
