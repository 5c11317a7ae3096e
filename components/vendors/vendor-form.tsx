"use client";
import { useRouter } from "next/navigation";
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
  return (
    <div className={narrow ? "grid gap-3" : "grid gap-3 sm:grid-cols-2"}>
      <InputField form={form} name="name" label="Name" required />
      <InputField form={form} name="website" label="Website" type="url" hint="https://…" />
      <InputField form={form} name="contactName" label="Contact person" />
      <InputField form={form} name="contactEmail" label="Contact e-mail" type="email" />
      <div className={narrow ? undefined : "sm:col-span-2"}>
        <TextareaField form={form} name="notes" label="Notes" rows={2} />
      </div>
    </div>
  );
}

// Adds a vendor to the register and opens its page, where its systems and models are recorded.
export function VendorCreateForm({ create }: { create: ServerAction<TCreateVendor, { id: string }> }) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateVendor,
    action: create,
    defaultValues: EMPTY,
    onSuccess: (data) => router.push(`/vendors/${data.id}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add a vendor">
      {formError && <Alert tone="error">{formError}</Alert>}
      <VendorFields form={form} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Add vendor
      </Button>
    </form>
  );
}

export function VendorEditForm({ vendor, update }: { vendor: TUpdateVendor; update: ServerAction<TUpdateVendor> }) {
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
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Edit vendor">
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && !form.formState.isDirty && <Alert tone="success">Saved.</Alert>}
      <VendorFields form={form as never} narrow />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Save changes
      </Button>
    </form>
  );
}
