"use client";
import { useState } from "react";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZRecordCompletion, type TRecordCompletion } from "@/lib/validations/literacy";

type Option = { id: string; label: string };

// Records that a person finished a learning item; the expiry follows the item's refresher cycle unless given.
export function CompletionForm(props: {
  people: Option[];
  items: Option[];
  /** Records for this person only (their own page): no person to choose. */
  personId?: string;
  today: string;
  record: ServerAction<TRecordCompletion, { expiresOn: string | null }>;
}) {
  const empty: TRecordCompletion = {
    personId: props.personId ?? "",
    itemId: "",
    completedOn: props.today,
    expiresOn: "",
    evidenceNote: "",
    evidenceUrl: "",
  };
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRecordCompletion,
    action: props.record,
    defaultValues: empty,
    onSuccess: (data) => {
      setDone(
        data.expiresOn ? `Training recorded; valid until ${data.expiresOn}.` : "Training recorded; it does not expire.",
      );
      form.reset(empty);
    },
  });
  if ((!props.personId && props.people.length === 0) || props.items.length === 0)
    return (
      <p className="text-sm text-slate-600">Add people and learning items first; then record who completed what.</p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Record a training">
      {formError && <Alert tone="error">{formError}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        {!props.personId && (
          <SelectField
            form={form}
            name="personId"
            label="Person"
            placeholder="Choose a person…"
            options={props.people.map((p) => [p.id, p.label] as const)}
            required
          />
        )}
        <SelectField
          form={form}
          name="itemId"
          label="Learning item"
          placeholder="Choose an item…"
          options={props.items.map((i) => [i.id, i.label] as const)}
          required
        />
        <InputField form={form} name="completedOn" label="Completed on" type="date" required />
        <InputField
          form={form}
          name="expiresOn"
          label="Expires on"
          type="date"
          hint="Leave empty to use the item's refresher cycle."
        />
        <InputField
          form={form}
          name="evidenceUrl"
          label="Evidence link"
          type="url"
          hint="A certificate or attendance list, if online."
        />
      </div>
      <TextareaField form={form} name="evidenceNote" label="Evidence note" rows={2} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Record training
      </Button>
    </form>
  );
}
