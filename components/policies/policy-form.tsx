"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { InputField, SelectField, TextareaField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { Role } from "@/lib/access/permissions";
import { POLICY_BODY_MAX, ZSavePolicy, type PolicyKindCode, type TSavePolicy } from "@/lib/validations/policies";

// The policy's details and the text of its draft, in one form; a save made by someone else in between is refused
// with their name, and what was typed stays.
export function PolicyForm(props: {
  initial: TSavePolicy;
  draftNumber: number;
  members: { id: string; name: string }[];
  units: { id: string; name: string }[];
  // The kinds' and roles' names in the reader's language, from the page.
  kindOptions: readonly (readonly [PolicyKindCode, string])[];
  roleChoices: { value: Role; label: string }[];
  save: ServerAction<TSavePolicy, { version: number }>;
}) {
  const t = useTranslations("PolicyForm");
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
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField form={form} name="title" label={t("title")} required />
        <SelectField
          form={form}
          name="kind"
          label={t("kind")}
          placeholder={t("choose")}
          options={props.kindOptions}
          required
        />
        <SelectField
          form={form}
          name="ownerId"
          label={t("owner")}
          placeholder={t("noOwner")}
          options={props.members.map((m) => [m.id, m.name] as const)}
          hint={t("ownerHint")}
        />
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("audienceLegend")}</legend>
        <label className="flex items-center gap-2 text-sm text-slate-900">
          <input type="checkbox" className="h-4 w-4 accent-indigo-700" {...form.register("audienceAll")} />
          {t("everyMember")}
        </label>
        {!audienceAll && (
          <>
            <CheckboxGroupField
              form={form}
              name="audienceRoles"
              legend={t("rolesLegend")}
              choices={props.roleChoices}
              columns={2}
            />
            {props.units.length > 0 && (
              <CheckboxGroupField
                form={form}
                name="audienceUnitIds"
                legend={t("unitsLegend")}
                hint={t("unitsHint")}
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
        label={t("bodyLabel", { number: props.draftNumber })}
        rows={18}
        required
        hint={t("bodyHint", { length, max: POLICY_BODY_MAX })}
      />
      <InputField form={form} name="changeNote" label={t("changeLabel")} hint={t("changeHint")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
        <ButtonLink href={`/policies/${props.initial.policyId}`} variant="secondary">
          {t("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
