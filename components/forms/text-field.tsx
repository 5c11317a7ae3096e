"use client";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { describedBy, Field, Input } from "@/components/ui/field";

type Props<I extends FieldValues> = {
  form: UseFormReturn<I>;
  name: Path<I>;
  label: string;
  type?: string;
  hint?: string;
  autoComplete?: string;
  readOnly?: boolean;
};

export function TextField<I extends FieldValues>({ form, name, label, type = "text", hint, autoComplete, readOnly }: Props<I>) {
  const id = `field-${name}`;
  const error = form.formState.errors[name]?.message as string | undefined;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        type={type}
        autoComplete={autoComplete}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...form.register(name)}
      />
    </Field>
  );
}
