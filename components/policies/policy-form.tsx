"use client";
import { useRouter } from "next/navigation";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { ROLE_LABELS, ROLES } from "@/lib/access/permissions";
import {
  POLICY_BODY_MAX,
  POLICY_KIND_LABELS,
  POLICY_KINDS,
  ZSavePolicy,
  type TSavePolicy,
} from "@/lib/validations/policies";

const KIND_OPTIONS = POLICY_KINDS.map((k) => [k, POLICY_KIND_LABELS[k]] as const);

// The policy's details and the text of its draft, in one form; a save made by someone else in between is refused
// with their name, and what was typed stays.
export function PolicyForm(props: {
  initial: TSavePolicy;
  draftNumber: number;
  members: { id: string; name: string }[];
  units: { id: string; name: string }[];
  save: ServerAction<TSavePolicy, { version: number }>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSavePolicy,
    action: props.save,
    defaultValues: props.initial,
    onSuccess: () => router.push(`/policies/${props.initial.policyId}`),
  });
  const audienceAll = form.watch("audienceAll");
  const length = (form.watch("body") ?? "").length;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Edit policy">
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField form={form} name="title" label="Title" required />
        <SelectField form={form} name="kind" label="Kind" placeholder="Choose…" options={KIND_OPTIONS} required />
        <SelectField
          form={form}
          name="ownerId"
          label="Owner"
          placeholder="No owner"
          options={props.members.map((m) => [m.id, m.name] as const)}
          hint="Who keeps this policy up to date."
        />
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">Who must read it</legend>
        <label className="flex items-center gap-2 text-sm text-slate-900">
          <input type="checkbox" className="h-4 w-4 accent-indigo-700" {...form.register("audienceAll")} />
          Every member of the organisation
        </label>
        {!audienceAll && (
          <>
            <CheckboxGroupField
              form={form}
              name="audienceRoles"
              legend="Members with these roles"
              choices={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              columns={2}
            />
            {props.units.length > 0 && (
              <CheckboxGroupField
                form={form}
                name="audienceUnitIds"
                legend="Members in these business units"
                hint="A member's unit is the one of their record in the AI-literacy register."
                choices={props.units.map((u) => ({ value: u.id, label: u.name }))}
                columns={2}
              />
            )}
          </>
        )}
      </fieldset>
      <TextareaField
        form={form}
        name="body"
        label={`Text of version ${props.draftNumber}`}
        rows={18}
        required
        hint={`Markdown: "## " starts a heading, "- " a list item, **bold** for emphasis; each line break is kept; HTML is shown as typed. ${length.toLocaleString("en")} of ${POLICY_BODY_MAX.toLocaleString("en")} characters.`}
      />
      <InputField
        form={form}
        name="changeNote"
        label="What changed in this version"
        hint="Shown in the version history, e.g. “Added the rule on customer data”."
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save draft
        </Button>
        <ButtonLink href={`/policies/${props.initial.policyId}`} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
