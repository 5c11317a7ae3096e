"use client";
import type { ReactNode } from "react";
import { useController, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { cn } from "@/lib/utils";
import { FieldGroup } from "@/components/ui/field";
import { fieldError, fieldId } from "./form-field";

// `lang`: the label is in another language than the page (a language named in itself; WCAG 3.1.2).
export type Choice = { value: string; label: string; description?: string; lang?: string };

type Props<I extends FieldValues> = {
  form: UseFormReturn<I>;
  name: Path<I>;
  legend: ReactNode;
  choices: readonly Choice[];
  hint?: ReactNode;
  required?: boolean;
  columns?: 1 | 2 | 3;
};

const grid = {
  1: "grid gap-2",
  2: "grid gap-2 sm:grid-cols-2",
  3: "grid gap-2 sm:grid-cols-2 lg:grid-cols-3",
} as const;
const box =
  "mt-0.5 h-4 w-4 shrink-0 border-slate-400 text-indigo-700 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

function ChoiceLabel({ choice, children }: { choice: Choice; children: ReactNode }) {
  return (
    <label className="flex cursor-pointer items-start gap-2.5 rounded-md border border-slate-200 px-3 py-2 text-sm text-slate-900 hover:bg-slate-50 has-[:checked]:border-indigo-300 has-[:checked]:bg-indigo-50/60">
      {children}
      <span>
        <span className="block" lang={choice.lang}>
          {choice.label}
        </span>
        {choice.description && <span className="block text-xs text-slate-600">{choice.description}</span>}
      </span>
    </label>
  );
}

// Several answers: the value is the list of checked codes.
export function CheckboxGroupField<I extends FieldValues>({
  form,
  name,
  legend,
  choices,
  hint,
  required,
  columns = 2,
}: Props<I>) {
  const { field } = useController({ control: form.control, name });
  const id = fieldId(name);
  const error = fieldError(form, name);
  const checked: string[] = Array.isArray(field.value) ? field.value : [];
  const toggle = (value: string, on: boolean) =>
    field.onChange(on ? [...checked, value] : checked.filter((v) => v !== value));
  return (
    <FieldGroup id={id} legend={legend} hint={hint} error={error} required={required}>
      <div className={cn(grid[columns])}>
        {choices.map((choice, index) => (
          <ChoiceLabel key={choice.value} choice={choice}>
            <input
              type="checkbox"
              className={box}
              ref={index === 0 ? field.ref : undefined}
              name={name}
              value={choice.value}
              checked={checked.includes(choice.value)}
              onChange={(e) => toggle(choice.value, e.target.checked)}
              onBlur={field.onBlur}
              aria-invalid={error ? true : undefined}
            />
          </ChoiceLabel>
        ))}
      </div>
    </FieldGroup>
  );
}

// One answer out of a few, each with room for an explanation.
export function RadioGroupField<I extends FieldValues>({
  form,
  name,
  legend,
  choices,
  hint,
  required,
  columns = 1,
}: Props<I>) {
  const id = fieldId(name);
  const error = fieldError(form, name);
  return (
    <FieldGroup id={id} legend={legend} hint={hint} error={error} required={required}>
      <div className={cn(grid[columns])}>
        {choices.map((choice) => (
          <ChoiceLabel key={choice.value} choice={choice}>
            <input type="radio" className={box} value={choice.value} {...form.register(name)} />
          </ChoiceLabel>
        ))}
      </div>
    </FieldGroup>
  );
}
