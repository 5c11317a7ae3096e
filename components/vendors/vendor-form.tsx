"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { InputField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZCreateVendor, ZUpdateVendor, type TCreateVendor, type TUpdateVendor } from "@/lib/validations/vendors";

const EMPTY: TCreateVendor = { name: "", contactName: "", contactEmail: "", website: "", notes: "" };
type Form = ReturnType<typeof useActionForm<TCreateVendor, unknown>>["form"];

// One column in the vendor page's narrow side panel, two where the form has the page's width.
function VendorFields({ form, narrow = false }: { form: Form; narrow?: boolean }) {
  const t = useTranslations("VendorForm");
  return (
    <div className={narrow ? "grid gap-3" : "grid gap-3 sm:grid-cols-2"}>
      <InputField form={form} name="name" label={t("name")} required />
      <InputField form={form} name="website" label={t("website")} type="url" hint="https://…" />
      <InputField form={form} name="contactName" label={t("contactName")} />
      <InputField form={form} name="contactEmail" label={t("contactEmail")} type="email" />
      <div className={narrow ? undefined : "sm:col-span-2"}>
        <TextareaField form={form} name="notes" label={t("notes")} rows={2} />
      </div>
    </div>
  );
}

// Adds a vendor to the register and opens its page, where its systems and models are recorded.
export function VendorCreateForm({ create }: { create: ServerAction<TCreateVendor, { id: string }> }) {
  const t = useTranslations("VendorForm");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateVendor,
    action: create,
    defaultValues: EMPTY,
    onSuccess: (data) => router.push(`/vendors/${data.id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("addLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <VendorFields form={form} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("add")}
      </Button>
    </form>
  );
}

export function VendorEditForm({ vendor, update }: { vendor: TUpdateVendor; update: ServerAction<TUpdateVendor> }) {
  const t = useTranslations("VendorForm");
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZUpdateVendor,
    action: update,
    defaultValues: vendor,
    onSuccess: (_, input) => {
      setSaved(true);
      form.reset(input);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("editLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && !form.formState.isDirty && <Alert tone="success">{t("saved")}</Alert>}
      <VendorFields form={form as never} narrow />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
