"use client";
import { Plus, Trash2 } from "lucide-react";
import { useFieldArray } from "react-hook-form";
import { fieldError, fieldId } from "@/components/forms/form-field";
import { FieldGroup } from "@/components/ui/field";
import { InputField } from "@/components/forms/input-field";
import { Button } from "@/components/ui/button";
import type { IntakeForm } from "./intake-form-types";
import { INTAKE_LABELS } from "./intake-labels";

export function DatasetsField({ form }: { form: IntakeForm }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "datasets" });
  return (
    <FieldGroup
      id={fieldId("datasets")}
      legend={INTAKE_LABELS.datasets}
      error={fieldError(form, "datasets")}
      hint="Training, validation and test data (Art 10). Datasets are matched by name; removing one here only unlinks it from this system."
      className="space-y-3 focus:outline-none"
    >
      {fields.map((dataset, d) => (
        <fieldset key={dataset.id} className="space-y-4 rounded-md border border-slate-200 bg-slate-50/60 p-4">
          <legend className="float-left text-sm font-semibold text-slate-900">Dataset {d + 1}</legend>
          <Button
            type="button"
            variant="ghost"
            className="float-right -mt-2"
            onClick={() => remove(d)}
            aria-label={`Remove dataset ${d + 1}`}
          >
            <Trash2 aria-hidden="true" className="h-4 w-4" /> Remove
          </Button>
          <div className="clear-both grid gap-4 sm:grid-cols-2">
            <InputField form={form} name={`datasets.${d}.name`} label="Dataset name" required />
            <InputField
              form={form}
              name={`datasets.${d}.uri`}
              label="Location (URI)"
              hint="e.g. s3://bucket/path or https://…"
            />
          </div>
          <InputField form={form} name={`datasets.${d}.description`} label="Description" />
        </fieldset>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ name: "", description: "", uri: "" })}>
        <Plus aria-hidden="true" className="h-4 w-4" /> Add dataset
      </Button>
    </FieldGroup>
  );
}
