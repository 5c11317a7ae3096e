"use client";
import { useState } from "react";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LEARNING_KINDS, ZLearningItem, ZUpdateLearningItem, type TLearningItem } from "@/lib/validations/literacy";

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
  const [added, setAdded] = useState<string | null>(null);
  const editing = props.edit;
  const { form, onSubmit, formError } = useActionForm<TLearningItem, unknown>({
    schema: editing ? ZUpdateLearningItem : ZLearningItem,
    action: (input) => (editing ? editing.update({ ...input, itemId: editing.item.itemId }) : props.create!(input)),
    defaultValues: editing?.item ?? EMPTY,
    onSuccess: (_, input) => {
      setAdded(editing ? "Saved." : `“${input.title.trim()}” was added.`);
      form.reset(editing ? input : EMPTY);
    },
  });
  const allSystems = form.watch("allSystems");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={editing ? "Edit learning item" : "Add a learning item"}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      {added && <Alert tone="success">{added}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField form={form} name="title" label="Title" required />
        <SelectField form={form} name="kind" label="Kind" placeholder="Choose…" options={LEARNING_KINDS} required />
        <InputField
          form={form}
          name="validityMonths"
          label="Refresher every (months)"
          hint="Completions expire after this many months. Leave empty if they never expire."
        />
        <InputField
          form={form}
          name="intendedRoles"
          label="Meant for roles"
          hint="Separate roles with commas, e.g. operators, reviewers."
        />
      </div>
      <TextareaField form={form} name="description" label="Description" rows={2} />
      <label className="flex items-center gap-2 text-sm text-slate-900">
        <input type="checkbox" className="h-4 w-4 accent-indigo-700" {...form.register("allSystems")} />
        Meant for every AI system (general AI literacy)
      </label>
      {!allSystems &&
        (props.systems.length > 0 ? (
          <CheckboxGroupField
            form={form}
            name="systemIds"
            legend="Meant for these AI systems"
            choices={props.systems.map((s) => ({ value: s.id, label: s.name }))}
            columns={2}
          />
        ) : (
          <p className="text-sm text-slate-600">
            No AI system has an operator or overseer yet: assign people on a system&apos;s page first.
          </p>
        ))}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {editing ? "Save changes" : "Add learning item"}
      </Button>
    </form>
  );
}
