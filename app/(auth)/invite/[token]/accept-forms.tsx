"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signInAndEnter } from "@/components/forms/sign-in-and-enter";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { ZAcceptInvitationNewUser } from "@/lib/validations/auth";
import { acceptInvitationAction, acceptInvitationAsNewUserAction } from "../../actions";

export function AcceptExistingForm({ token }: { token: string }) {
  const t = useTranslations("Invite");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const accept = () =>
    startTransition(async () => {
      const result = await acceptInvitationAction({ token });
      if (!result.ok) return setError(result.error);
      router.replace("/systems");
      router.refresh();
    });
  return (
    <div className="mt-6 space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Button onClick={accept} disabled={pending} className="w-full">
        {pending ? t("joining") : t("accept")}
      </Button>
    </div>
  );
}

export function AcceptNewUserForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Invite");
  const router = useRouter();
  const { form, onSubmit, formError, setFormError } = useActionForm({
    schema: ZAcceptInvitationNewUser,
    action: acceptInvitationAsNewUserAction,
    defaultValues: { token, name: "", password: "" },
    onSuccess: async (_data, input): Promise<void> => setFormError(await signInAndEnter(router, email, input.password)),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <p className="text-sm text-slate-700">{t("createAccountToAccept")}</p>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field id="invite-email" label={t("email")}>
        <Input id="invite-email" value={email} readOnly aria-describedby={describedBy("invite-email")} />
      </Field>
      <TextField form={form} name="name" label={t("name")} autoComplete="name" />
      <TextField
        form={form}
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
      />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("creatingAccount") : t("createAccount")}
      </Button>
    </form>
  );
}
