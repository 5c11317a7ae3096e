"use client";
import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { fieldError, fieldId } from "./form-field";

type Common<I extends FieldValues> = {
  form: UseFormReturn<I>;
  name: Path<I>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
};

function useFieldProps<I extends FieldValues>({ form, name, hint }: Common<I>) {
  const id = fieldId(name);
  const error = fieldError(form, name);
  return {
    id,
    error,
    control: {
      id,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy(id, error, hint),
      ...form.register(name),
    },
  };
}

// Like TextField, but also for names nested in lists ("models.0.name") and with a required marker.
export function InputField<I extends FieldValues>(
  props: Common<I> & { type?: string; autoComplete?: string; list?: string; className?: string },
) {
  const { id, error, control } = useFieldProps(props);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <Input
        type={props.type ?? "text"}
        autoComplete={props.autoComplete ?? "off"}
        list={props.list}
        className={props.className}
        {...control}
      />
    </Field>
  );
}

export function TextareaField<I extends FieldValues>(props: Common<I> & { rows?: number; placeholder?: string }) {
  const { id, error, control } = useFieldProps(props);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <Textarea rows={props.rows ?? 3} placeholder={props.placeholder} {...control} />
    </Field>
  );
}

// Options are [value, label] pairs; `placeholder` is the empty choice ("not answered yet").
export function SelectField<I extends FieldValues>(
  props: Common<I> & { options: readonly (readonly [string, string])[]; placeholder: string },
) {
  const { id, error, control } = useFieldProps(props);
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <Select {...control}>
        <option value="">{props.placeholder}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
