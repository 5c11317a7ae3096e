"use client";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { describedBy, Field, Input } from "@/components/ui/field";

// The file field of a certificate, with its own error beside it (the file is not one of the form's typed values).
export function CertificateInput({
  id,
  label,
  error,
  ref,
  onChange,
}: {
  id: string;
  label: string;
  error?: string;
  ref: Ref<HTMLInputElement>;
  onChange?: () => void;
}) {
  const hint = useTranslations("LiteracyForms")("certificateHint");
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        ref={ref}
        name="file"
        type="file"
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className="file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm file:font-medium file:text-slate-900"
      />
    </Field>
  );
}
