"use client";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { fieldError } from "@/components/forms/form-field";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { SYNC_INTERVAL_LABELS, SYNC_INTERVALS, type TCreateRegistryConnection } from "@/lib/validations/registry";

// The add form and every edit form can be on the page at once, so ids carry a per-form prefix.
type Props<I extends FieldValues> = { form: UseFormReturn<I>; idPrefix: string; tokenHint: string };

export function ConnectionFields<I extends TCreateRegistryConnection & FieldValues>({
  form,
  idPrefix,
  tokenHint,
}: Props<I>) {
  const control = (name: keyof TCreateRegistryConnection & string, hint?: string) => {
    const id = `${idPrefix}-${name}`;
    const error = fieldError(form, name);
    return {
      id,
      error,
      hint,
      props: {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(id, error, hint),
        ...form.register(name as Path<I>),
      },
    };
  };
  const name = control("name", "Shown in the list of models as the registry a model comes from.");
  const url = control(
    "baseUrl",
    "The address of the MLflow tracking server, without /api (e.g. https://mlflow.example.com).",
  );
  const token = control("authToken", tokenHint);
  const interval = control("syncInterval", "Scheduled syncs run in the background; “Sync now” works at any time.");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={name.id} label="Name" hint={name.hint} error={name.error} required>
        <Input type="text" autoComplete="off" {...name.props} />
      </Field>
      <Field id={url.id} label="Server URL" hint={url.hint} error={url.error} required>
        <Input type="url" inputMode="url" autoComplete="off" placeholder="https://mlflow.example.com" {...url.props} />
      </Field>
      <Field id={token.id} label="Access token" hint={token.hint} error={token.error}>
        <Input type="password" autoComplete="new-password" {...token.props} />
      </Field>
      <Field id={interval.id} label="Sync schedule" hint={interval.hint} error={interval.error}>
        <Select {...interval.props}>
          {SYNC_INTERVALS.map((value) => (
            <option key={value} value={value}>
              {SYNC_INTERVAL_LABELS[value]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
