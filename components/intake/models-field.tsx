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

// MLflow's model stages, offered as suggestions; any other stage name is accepted.
const STAGES = ["None", "Staging", "Production", "Archived"];

function VersionRows({ form, modelIndex }: { form: IntakeForm; modelIndex: number }) {
  const t = useTranslations("IntakeForm");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `models.${modelIndex}.versions` });
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-slate-800">{t("versions")}</p>
      {fields.length === 0 && <p className="text-sm text-slate-600">{t("noVersions")}</p>}
      {fields.map((version, v) => (
        <div key={version.id} className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
          <InputField
            form={form}
            name={`models.${modelIndex}.versions.${v}.version`}
            label={t("versionNumber", { number: v + 1 })}
          />
          <InputField
            form={form}
            name={`models.${modelIndex}.versions.${v}.stage`}
            label={t("stage")}
            list="model-stages"
          />
          <Button
            type="button"
            variant="ghost"
            className="sm:mt-6"
            onClick={() => remove(v)}
            aria-label={t("removeVersion", { version: v + 1, model: modelIndex + 1 })}
          >
            <Trash2 aria-hidden="true" className="h-4 w-4" /> {t("remove")}
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ version: "", stage: "" })}>
        <Plus aria-hidden="true" className="h-4 w-4" /> {t("addVersion")}
      </Button>
    </div>
  );
}

export function ModelsField({ form }: { form: IntakeForm }) {
  const t = useTranslations("IntakeForm");
  const { field } = useIntakeFieldLabels();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "models" });
  return (
    <FieldGroup
      id={fieldId("models")}
      legend={field("models")}
      error={fieldError(form, "models")}
      hint={t("modelsHint")}
      className="space-y-3 focus:outline-none"
    >
      <datalist id="model-stages">
        {STAGES.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {fields.map((model, m) => (
        <fieldset key={model.id} className="space-y-4 rounded-md border border-slate-200 bg-slate-50/60 p-4">
          <legend className="float-left text-sm font-semibold text-slate-900">
            {t("modelNumber", { number: m + 1 })}
          </legend>
          <Button
            type="button"
            variant="ghost"
            className="float-right -mt-2"
            onClick={() => remove(m)}
            aria-label={t("removeModel", { number: m + 1 })}
          >
            <Trash2 aria-hidden="true" className="h-4 w-4" /> {t("remove")}
          </Button>
          <div className="clear-both grid gap-4 sm:grid-cols-2">
            <InputField form={form} name={`models.${m}.name`} label={t("modelName")} required />
            <InputField
              form={form}
              name={`models.${m}.registryName`}
              label={t("registryName")}
              hint={t("registryNameHint")}
            />
          </div>
          <VersionRows form={form} modelIndex={m} />
        </fieldset>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ name: "", registryName: "", versions: [] })}>
        <Plus aria-hidden="true" className="h-4 w-4" /> {t("addModel")}
      </Button>
    </FieldGroup>
  );
}
