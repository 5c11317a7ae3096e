"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { ZResetPassword } from "@/lib/validations/auth";
import { resetPasswordAction } from "../../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("ResetPassword");
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
        <Alert tone="success" title={t("doneTitle")}>
          {t("doneBody")}
        </Alert>
        <ButtonLink href="/login" className="w-full">
          {t("signIn")}
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
            {t("askNewLink")}
          </Link>
        </Alert>
      )}
      <TextField
        form={form}
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
      />
      <TextField
        form={form}
        name="confirmPassword"
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
      />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
