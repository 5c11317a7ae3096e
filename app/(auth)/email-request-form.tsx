"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZEmailOnly } from "@/lib/validations/auth";
import { requestPasswordResetAction, resendSignUpLinkAction } from "./actions";

const KINDS = {
  reset: { action: requestPasswordResetAction, submit: "resetSubmit", sent: "resetSent" },
  signup: { action: resendSignUpLinkAction, submit: "signupSubmit", sent: "signupSent" },
} as const;

// Asks for an e-mail to be sent to an address. The answer never says whether the address has an account.
export function EmailRequestForm({ kind }: { kind: keyof typeof KINDS }) {
  const t = useTranslations("EmailRequest");
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
        <Alert tone="success" title={t("checkTitle")}>
          {t(sent, { email: sentTo })} {t("spam")}
        </Alert>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField form={form} name="email" label={t("email")} type="email" autoComplete="email" />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("sending") : t(submit)}
      </Button>
    </form>
  );
}
