"use client";
import { get, type FieldValues, type UseFormReturn } from "react-hook-form";

// react-hook-form glue for the one field wrapper in components/ui/field.tsx.

// Ids follow TextField's `field-<name>` convention; dots of nested names (rows of a list) become dashes.
export function fieldId(name: string): string {
  return `field-${name.replaceAll(".", "-")}`;
}

// The message of a field's error, including fields nested in lists (e.g. "models.0.name") and list-level errors.
export function fieldError<I extends FieldValues>(form: UseFormReturn<I>, name: string): string | undefined {
  const error = get(form.formState.errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return typeof message === "string" ? message : undefined;
}
