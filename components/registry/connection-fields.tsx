"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { fieldError } from "@/components/forms/form-field";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { SYNC_INTERVALS, type SyncInterval, type TCreateRegistryConnection } from "@/lib/validations/registry";

export const INTERVAL_KEYS = {
  manual: "intervalManual",
  "60": "interval60",
  "360": "interval360",
  "1440": "interval1440",
  "10080": "interval10080",
} as const satisfies Record<SyncInterval, string>;

// The add form and every edit form can be on the page at once, so ids carry a per-form prefix.
type Props<I extends FieldValues> = { form: UseFormReturn<I>; idPrefix: string; tokenHint: string };

export function ConnectionFields<I extends TCreateRegistryConnection & FieldValues>({
  form,
  idPrefix,
  tokenHint,
}: Props<I>) {
  const t = useTranslations("RegistryConnection");
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
  const name = control("name", t("nameHint"));
  const url = control("baseUrl", t("urlHint"));
  const token = control("authToken", tokenHint);
  const interval = control("syncInterval", t("scheduleHint"));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field id={name.id} label={t("name")} hint={name.hint} error={name.error} required>
        <Input type="text" autoComplete="off" {...name.props} />
      </Field>
      <Field id={url.id} label={t("url")} hint={url.hint} error={url.error} required>
        <Input type="url" inputMode="url" autoComplete="off" placeholder="https://mlflow.example.com" {...url.props} />
      </Field>
      <Field id={token.id} label={t("token")} hint={token.hint} error={token.error}>
        <Input type="password" autoComplete="new-password" {...token.props} />
      </Field>
      <Field id={interval.id} label={t("schedule")} hint={interval.hint} error={interval.error}>
        <Select {...interval.props}>
          {SYNC_INTERVALS.map((value) => (
            <option key={value} value={value}>
              {t(INTERVAL_KEYS[value])}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
