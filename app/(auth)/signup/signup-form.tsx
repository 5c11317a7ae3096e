"use client";
import { useRouter } from "next/navigation";
import { signInAndEnter } from "@/components/forms/sign-in-and-enter";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZSignUp } from "@/lib/validations/auth";
import { signUpAction } from "../actions";

export function SignUpForm() {
  const router = useRouter();
  const { form, onSubmit, formError, setFormError } = useActionForm({
    schema: ZSignUp,
    action: signUpAction,
    defaultValues: { name: "", email: "", password: "", organizationName: "" },
    onSuccess: async (_data, input): Promise<void> => setFormError(await signInAndEnter(router, input.email, input.password)),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField form={form} name="name" label="Your name" autoComplete="name" />
      <TextField form={form} name="email" label="Work email" type="email" autoComplete="email" />
      <TextField form={form} name="password" label="Password" type="password" autoComplete="new-password" hint="At least 12 characters. A passphrase of several words works well." />
      <TextField form={form} name="organizationName" label="Organisation name" autoComplete="organization" />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Creating…" : "Create organisation"}
      </Button>
    </form>
  );
}
