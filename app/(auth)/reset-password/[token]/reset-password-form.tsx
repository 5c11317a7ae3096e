"use client";
import Link from "next/link";
import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { ZResetPassword } from "@/lib/validations/auth";
import { resetPasswordAction } from "../../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZResetPassword,
    action: resetPasswordAction,
    defaultValues: { token, password: "", confirmPassword: "" },
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div className="mt-6 space-y-4">
        <Alert tone="success" title="Your password is changed">
          Every device that was signed in to your account is signed out. Sign in with your new password.
        </Alert>
        <ButtonLink href="/login" className="w-full">
          Sign in
        </ButtonLink>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && (
        <Alert tone="error">
          {formError}{" "}
          <Link href="/forgot-password" className="font-medium underline underline-offset-2">
            Ask for a new link
          </Link>
        </Alert>
      )}
      <TextField
        form={form}
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. A passphrase of several words works well."
      />
      <TextField
        form={form}
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
      />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Saving…" : "Save new password"}
      </Button>
    </form>
  );
}
