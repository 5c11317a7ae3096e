"use client";
import { Plus, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { ErrorSummary, collectProblems } from "@/components/forms/error-summary";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { ZMonitoringPlanInput, type MonitoringPlanItem, type TMonitoringPlanInput } from "@/lib/validations/monitoring";

type Props = {
  systemId: string;
  plan: { items: MonitoringPlanItem[]; reviewFrequency: string; notes: string; version: number } | null;
  members: { userId: string; name: string }[];
  action: (input: TMonitoringPlanInput) => Promise<ActionResult<{ version: number }>>;
};

const EMPTY_ITEM: MonitoringPlanItem = { what: "", method: "", frequency: "", threshold: "", ownerId: "" };
const FIELD_KEYS: Record<string, string> = {
  what: "what",
  method: "method",
  frequency: "frequency",
  threshold: "threshold",
  ownerId: "owner",
  items: "items",
  reviewFrequency: "reviewFrequency",
  notes: "notes",
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

function labelFor(t: Translate, name: string): string {
  const [, index, field] = name.split(".");
  const label = (key: string) => (FIELD_KEYS[key] ? t(FIELD_KEYS[key]) : key);
  if (field) return t("rowField", { number: Number(index) + 1, field: label(field) });
  return label(name);
}

// The Art 72 plan as rows (what, how, how often, threshold, owner); the whole plan saves at once with its version.
export function PlanEditor({ systemId, plan, members, action }: Props) {
  const t = useTranslations("MonitoringPlan");
  const translate = t as unknown as Translate;
  const locale = useLocale();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const { form, onSubmit, formError, stale } = useActionForm({
    schema: ZMonitoringPlanInput,
    action,
    defaultValues: {
      systemId,
      version: plan?.version ?? 0,
      reviewFrequency: plan?.reviewFrequency ?? "",
      notes: plan?.notes ?? "",
      items: plan?.items.length ? plan.items : [EMPTY_ITEM],
    },
    onSuccess: (data, values) => {
      form.reset({ ...values, version: data.version });
      setSavedAt(new Date().toLocaleTimeString(locale === "en" ? "en-GB" : locale));
    },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "items" });
  const owners = members.map((m) => [m.userId, m.name] as const);
  // Someone else saved first (told apart from the words, which are in the reader's language).
  const conflict = stale && !!formError;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("formLabel")}>
      <ErrorSummary
        problems={collectProblems(form.formState.errors)}
        formError={conflict ? null : formError}
        submitCount={form.formState.submitCount}
        labelFor={(name) => labelFor(translate, name)}
      />
      {conflict && <Alert tone="error">{formError}</Alert>}
      <ol className="space-y-4">
        {fields.map((field, index) => (
          <li key={field.id} className="rounded-md border border-slate-200 bg-slate-50/60 p-4">
            <fieldset className="space-y-4">
              <legend className="sr-only">{t("row", { number: index + 1 })}</legend>
              <div className="flex items-start justify-between gap-3">
                <p className="text-sm font-semibold text-slate-900" aria-hidden>
                  {t("row", { number: index + 1 })}
                </p>
                {fields.length > 1 && (
                  <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => remove(index)}>
                    <Trash2 aria-hidden className="h-4 w-4" />
                    {t("remove")}
                    <span className="sr-only">{t("removeRow", { number: index + 1 })}</span>
                  </Button>
                )}
              </div>
              <InputField form={form} name={`items.${index}.what`} label={t("what")} required />
              <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-[2fr_1fr_1.5fr_1.5fr]">
                <InputField form={form} name={`items.${index}.method`} label={t("method")} />
                <InputField form={form} name={`items.${index}.frequency`} label={t("frequency")} />
                <InputField form={form} name={`items.${index}.threshold`} label={t("threshold")} />
                <SelectField
                  form={form}
                  name={`items.${index}.ownerId`}
                  label={t("owner")}
                  options={owners}
                  placeholder={t("unassigned")}
                />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" onClick={() => append(EMPTY_ITEM)}>
        <Plus aria-hidden className="h-4 w-4" />
        {t("addRow")}
      </Button>
      <div className="grid gap-4 md:grid-cols-2">
        <InputField form={form} name="reviewFrequency" label={t("reviewFrequency")} hint={t("reviewHint")} />
        <TextareaField form={form} name="notes" label={t("notes")} rows={2} hint={t("notesHint")} />
      </div>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm font-medium text-emerald-800">
          {savedAt ? t("savedAt", { time: savedAt }) : ""}
        </p>
      </div>
    </form>
  );
}
