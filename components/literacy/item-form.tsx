"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZLearningItem, ZUpdateLearningItem, type TLearningItem } from "@/lib/validations/literacy";

const EMPTY: TLearningItem = {
  title: "",
  kind: "COURSE",
  description: "",
  validityMonths: "",
  intendedRoles: "",
  allSystems: true,
  systemIds: [],
};

type Edit = TLearningItem & { itemId: string };

// A course, briefing, document or external certificate, and the systems it trains people for. With `edit`, the
// same fields change an existing item (its completions keep their dates; new ones follow the new refresher cycle).
export function LearningItemForm(props: {
  systems: { id: string; name: string }[];
  create?: ServerAction<TLearningItem>;
  edit?: { item: Edit; update: ServerAction<Edit> };
}) {
  const t = useTranslations("LiteracyForms");
  const [added, setAdded] = useState<string | null>(null);
  const editing = props.edit;
  const { form, onSubmit, formError } = useActionForm<TLearningItem, unknown>({
    schema: editing ? ZUpdateLearningItem : ZLearningItem,
    action: (input) => (editing ? editing.update({ ...input, itemId: editing.item.itemId }) : props.create!(input)),
    defaultValues: editing?.item ?? EMPTY,
    onSuccess: (_, input) => {
      setAdded(editing ? t("itemSaved") : t("itemAdded", { title: input.title.trim() }));
      form.reset(editing ? input : EMPTY);
    },
  });
  const allSystems = form.watch("allSystems");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={t(editing ? "editItemLabel" : "addItemLabel")}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      {added && <Alert tone="success">{added}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField form={form} name="title" label={t("title")} required />
        <SelectField
          form={form}
          name="kind"
          label={t("kind")}
          placeholder={t("choose")}
          options={[
            ["COURSE", t("kindCourse")],
            ["BRIEFING", t("kindBriefing")],
            ["DOCUMENT", t("kindDocument")],
            ["EXTERNAL_CERTIFICATE", t("kindExternalCertificate")],
          ]}
          required
        />
        <InputField form={form} name="validityMonths" label={t("validityMonths")} hint={t("validityHint")} />
        <InputField form={form} name="intendedRoles" label={t("intendedRoles")} hint={t("intendedRolesHint")} />
      </div>
      <TextareaField form={form} name="description" label={t("description")} rows={2} />
      <label className="flex items-center gap-2 text-sm text-slate-900">
        <input type="checkbox" className="h-4 w-4 accent-indigo-700" {...form.register("allSystems")} />
        {t("allSystems")}
      </label>
      {!allSystems &&
        (props.systems.length > 0 ? (
          <CheckboxGroupField
            form={form}
            name="systemIds"
            legend={t("systemsLegend")}
            choices={props.systems.map((s) => ({ value: s.id, label: s.name }))}
            columns={2}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("noOperators")}</p>
        ))}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t(editing ? "saveChanges" : "addItemSubmit")}
      </Button>
    </form>
  );
}
