"use client";
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
      <TextField form={form} name="name" label="Your name" autoComplete="name" />
      <TextField form={form} name="email" label="Work email" type="email" autoComplete="email" />
      <TextField
        form={form}
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. A passphrase of several words works well."
      />
      <TextField form={form} name="organizationName" label="Organisation name" autoComplete="organization" />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Creating…" : "Create organisation"}
      </Button>
    </form>
  );
}

function CheckYourEmail({ email }: { email: string }) {
  return (
    <div className="mt-6 space-y-4">
      <Alert tone="success" title="Check your e-mail to finish signing up">
        We sent a message to <strong className="break-all">{email}</strong>. Open the link in it within 24 hours to
        confirm your address; your organisation is created then.
      </Alert>
      <p className="text-sm text-slate-600">
        No e-mail after a few minutes? Look in your spam folder, or{" "}
        <Link href="/verify-email" className="font-medium text-indigo-700 underline underline-offset-2">
          ask for a new link
        </Link>
        .
      </p>
    </div>
  );
}
