"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { ZSignIn, type TSignIn } from "@/lib/validations/auth";

type SignInMessages = { wrongCredentials: string; failed: string };

async function signInWithCredentials(input: TSignIn, messages: SignInMessages): Promise<ActionResult<null>> {
  const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  // next-auth reports ok=true with an error for wrong credentials, so the error decides.
  if (result && !result.error) return { ok: true, data: null };
  const error =
    result?.error === "CredentialsSignin"
      ? messages.wrongCredentials
      : result?.error?.startsWith("Too many")
        ? result.error
        : messages.failed;
  return { ok: false, code: "UNAUTHENTICATED", error };
}

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("SignIn");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSignIn,
    action: (input: TSignIn) =>
      signInWithCredentials(input, { wrongCredentials: t("wrongCredentials"), failed: t("failed") }),
    defaultValues: { email: "", password: "" },
    onSuccess: () => {
      router.replace(next);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField form={form} name="email" label={t("email")} type="email" autoComplete="username" />
      <TextField form={form} name="password" label={t("password")} type="password" autoComplete="current-password" />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
