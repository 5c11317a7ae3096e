"use client";
import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { fieldError, fieldId } from "@/components/forms/form-field";
import { FieldGroup } from "@/components/ui/field";
import { InputField } from "@/components/forms/input-field";
import { Button } from "@/components/ui/button";
import type { IntakeForm } from "./intake-form-types";
import { useIntakeFieldLabels } from "./intake-labels";

export function DatasetsField({ form }: { form: IntakeForm }) {
  const t = useTranslations("IntakeForm");
  const { field } = useIntakeFieldLabels();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "datasets" });
  return (
    <FieldGroup
      id={fieldId("datasets")}
      legend={field("datasets")}
      error={fieldError(form, "datasets")}
      hint={t("datasetsHint")}
      className="space-y-3 focus:outline-none"
    >
      {fields.map((dataset, d) => (
        <fieldset key={dataset.id} className="space-y-4 rounded-md border border-slate-200 bg-slate-50/60 p-4">
          <legend className="float-left text-sm font-semibold text-slate-900">
            {t("datasetNumber", { number: d + 1 })}
          </legend>
          <Button
            type="button"
            variant="ghost"
            className="float-right -mt-2"
            onClick={() => remove(d)}
            aria-label={t("removeDataset", { number: d + 1 })}
          >
            <Trash2 aria-hidden="true" className="h-4 w-4" /> {t("remove")}
          </Button>
          <div className="clear-both grid gap-4 sm:grid-cols-2">
            <InputField form={form} name={`datasets.${d}.name`} label={t("datasetName")} required />
            <InputField form={form} name={`datasets.${d}.uri`} label={t("datasetUri")} hint={t("datasetUriHint")} />
          </div>
          <InputField form={form} name={`datasets.${d}.description`} label={t("datasetDescription")} />
        </fieldset>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ name: "", description: "", uri: "" })}>
        <Plus aria-hidden="true" className="h-4 w-4" /> {t("addDataset")}
      </Button>
    </FieldGroup>
  );
}
