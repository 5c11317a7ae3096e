"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ServerAction } from "@/components/forms/server-action";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZCreateOrganization, type TCreateOrganization } from "@/lib/validations/auth";

export type CreateOrganization = ServerAction<TCreateOrganization>;

export function CreateOrganizationForm({ create }: { create: CreateOrganization }) {
  const t = useTranslations("CreateOrganization");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateOrganization,
    action: create,
    defaultValues: { organizationName: "" },
    onSuccess: () => {
      router.push("/systems");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField form={form} name="organizationName" label={t("name")} autoComplete="organization" />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
