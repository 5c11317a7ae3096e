"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { fieldError } from "@/components/forms/form-field";
import { InputField } from "@/components/forms/input-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import {
  MAX_PKCS12_BYTES,
  ZUploadSigningCertificate,
  type TUploadSigningCertificate,
} from "@/lib/validations/signing-certificate";

// The browser reads the chosen file as base64 so one zod schema checks it here and in the server action.
export function UploadSigningCertificateForm({ action }: { action: ServerAction<TUploadSigningCertificate> }) {
  const t = useTranslations("SigningUpload");
  const [saved, setSaved] = useState(false);
  // A new key empties the file input after a success (a file input's value cannot be set from code).
  const [inputKey, setInputKey] = useState(0);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZUploadSigningCertificate,
    action,
    defaultValues: { file: "", password: "" },
    onSuccess: () => {
      setSaved(true);
      setInputKey((key) => key + 1);
      form.reset();
    },
  });
  const fileError = fieldError(form, "file");
  const hint = t("fileHint", { kb: MAX_PKCS12_BYTES / 1024 });

  async function choose(file: File | undefined) {
    setSaved(false);
    if (!file) return form.setValue("file", "", { shouldValidate: true });
    if (file.size > MAX_PKCS12_BYTES) {
      form.setValue("file", "", { shouldValidate: false });
      return form.setError("file", {
        message: `The file is too large: a PKCS#12 file is at most ${MAX_PKCS12_BYTES / 1024} KB.`,
      });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    form.setValue("file", btoa(binary), { shouldValidate: true });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="field-file" label={t("file")} hint={hint} error={fileError} required>
          <Input
            key={inputKey}
            id="field-file"
            type="file"
            accept=".p12,.pfx,application/x-pkcs12"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy("field-file", fileError, hint)}
            onChange={(event) => void choose(event.target.files?.[0])}
            className="file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm"
          />
        </Field>
        <InputField
          form={form}
          name="password"
          type="password"
          autoComplete="off"
          label={t("password")}
          hint={t("passwordHint")}
        />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("checking") : t("submit")}
      </Button>
    </form>
  );
}
