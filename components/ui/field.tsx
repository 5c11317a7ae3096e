import type { ComponentProps, ReactNode } from "react";
import { FieldErrorText, RequiredMark } from "./field-text";
import { cn } from "@/lib/utils";

export { FieldErrorText, RequiredMark };

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-indigo-600 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-600 aria-[invalid=true]:border-red-700";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(control, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(control, "pr-8", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(control, "min-h-24", className)} {...props} />;
}

// The control's aria-describedby: the error first, then the hint, which stays visible because it often says how to fix it.
export function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  if (error) return hint ? `${id}-error ${id}-hint` : `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="text-xs text-slate-600">
      {children}
    </p>
  );
}

// Label, control, hint and error in one block; the control links hint and error with describedBy().
export function Field({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
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
export function FieldGroup({
  id,
  legend,
  hint,
  error,
  required,
  children,
  className,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, error, hint)}
      className={className ?? "space-y-2 focus:outline-none"}
    >
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
