"use client";
import { useTranslations } from "next-intl";
import { get, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { LegalField } from "@/lib/legal/fields";

type Props<I extends FieldValues> = { form: UseFormReturn<I>; field: LegalField };

// One field of a legal record, named "fields.<key>" so that browser and server errors land right beside it. The page
// hands the field already in the reader's language (lib/legal/i18n); only the form's own words are read here.
export function LegalFieldInput<I extends FieldValues>({ form, field: f }: Props<I>) {
  const t = useTranslations("LegalForm");
  const name = `fields.${f.key}` as Path<I>;
  const id = `legal-${f.key}`;
  const error = (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
  const label = f.required ? f.label : t("optional", { label: f.label });
  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, error, f.hint),
    ...form.register(name),
  };
  return (
    <Field id={id} label={label} hint={f.hint} error={error}>
      {f.kind === "textarea" && <Textarea rows={4} {...common} />}
      {f.kind === "text" && <Input type="text" {...common} />}
      {f.kind === "date" && <Input type="date" className="max-w-48" {...common} />}
      {f.kind === "select" && (
        <Select {...common}>
          <option value="">{t("choose")}</option>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
