"use client";
import { get, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { ReactNode } from "react";

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

export function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  if (error) return hint ? `${id}-error ${id}-hint` : `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

export function RequiredMark({ required }: { required?: boolean }) {
  if (!required) return null;
  return <>{" "}<span className="text-xs font-normal text-slate-600">(required)</span></>;
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return <p id={`${id}-hint`} className="text-xs text-slate-600">{children}</p>;
}

export function FieldErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return <p id={`${id}-error`} className="text-sm font-medium text-red-700">{error}</p>;
}

// Label, control, hint and error in one block. The hint stays visible next to an error, because the help often
// says how to fix it.
export function FormField({ id, label, hint, error, required, children }: {
  id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean; children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        <RequiredMark required={required} />
      </label>
      {children}
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldErrorText id={id} error={error} />
    </div>
  );
}

// A group of checkboxes or radios: the legend names the group for screen readers.
export function FieldGroup({ id, legend, hint, error, required, children, className }: {
  id: string; legend: ReactNode; hint?: ReactNode; error?: string; required?: boolean; children: ReactNode; className?: string;
}) {
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(id, error, hint)} className={className ?? "space-y-2 focus:outline-none"}>
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldHint id={id}>{hint}</FieldHint>
      {children}
      <FieldErrorText id={id} error={error} />
    </fieldset>
  );
}
