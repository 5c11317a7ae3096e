"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { InputField, SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZCreatePerson, ZUpdatePerson, type TCreatePerson, type TUpdatePerson } from "@/lib/validations/literacy";

const EMPTY: TCreatePerson = { name: "", email: "", jobRole: "", businessUnitId: "" };
type Units = { id: string; name: string }[];

// Adds one person to the register; a member's account is linked by their e-mail address.
export function PersonForm(props: { units: Units; create: ServerAction<TCreatePerson> }) {
  const t = useTranslations("LiteracyForms");
  const [added, setAdded] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreatePerson,
    action: props.create,
    defaultValues: EMPTY,
    onSuccess: (_, input) => {
      setAdded(t("personAdded", { name: input.name.trim() }));
      form.reset(EMPTY);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("addPersonLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {added && <Alert tone="success">{added}</Alert>}
      <PersonFields form={form} units={props.units} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("addPersonSubmit")}
      </Button>
    </form>
  );
}

// Edits a person; changing the e-mail re-links (or unlinks) the member account with that address.
export function PersonEditForm(props: { units: Units; person: TUpdatePerson; update: ServerAction<TUpdatePerson> }) {
  const t = useTranslations("LiteracyForms");
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZUpdatePerson,
    action: props.update,
    defaultValues: props.person,
    onSuccess: (_, input) => {
      setSaved(true);
      form.reset(input);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("editPersonLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && !form.formState.isDirty && <Alert tone="success">{t("itemSaved")}</Alert>}
      {/* The same fields; the id rides along as a default value. */}
      <PersonFields form={form as never} units={props.units} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("saveChanges")}
      </Button>
    </form>
  );
}

function PersonFields({
  form,
  units,
}: {
  form: ReturnType<typeof useActionForm<TCreatePerson, unknown>>["form"];
  units: Units;
}) {
  const t = useTranslations("LiteracyForms");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <InputField form={form} name="name" label={t("name")} required autoComplete="off" />
      <InputField form={form} name="email" label={t("email")} type="email" required />
      <InputField form={form} name="jobRole" label={t("jobRole")} hint={t("jobRoleHint")} />
      <SelectField
        form={form}
        name="businessUnitId"
        label={t("businessUnit")}
        placeholder={t("noUnit")}
        options={units.map((u) => [u.id, u.name] as const)}
      />
    </div>
  );
}
