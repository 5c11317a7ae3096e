"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZSignUp } from "@/lib/validations/auth";
import { signUpAction } from "../actions";

// The answer is the same whether or not the address has an account; the e-mail says which it was.
export function SignUpForm() {
  const t = useTranslations("SignUp");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSignUp,
    action: signUpAction,
    defaultValues: { name: "", email: "", password: "", organizationName: "" },
    onSuccess: (_data, input) => setSentTo(input.email.trim()),
  });
  if (sentTo) return <CheckYourEmail email={sentTo} />;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField form={form} name="name" label={t("name")} autoComplete="name" />
      <TextField form={form} name="email" label={t("email")} type="email" autoComplete="email" />
      <TextField
        form={form}
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
      />
      <TextField form={form} name="organizationName" label={t("organizationName")} autoComplete="organization" />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

function CheckYourEmail({ email }: { email: string }) {
  const t = useTranslations("SignUp");
  return (
    <div className="mt-6 space-y-4">
      <Alert tone="success" title={t("checkTitle")}>
        {t.rich("checkBody", { email: () => <strong className="break-all">{email}</strong> })}
      </Alert>
      <p className="text-sm text-slate-600">
        {t.rich("noEmail", {
          link: (text) => (
            <Link href="/verify-email" className="font-medium text-indigo-700 underline underline-offset-2">
              {text}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
