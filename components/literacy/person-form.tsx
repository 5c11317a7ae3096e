"use client";
import { useState } from "react";
import { InputField, SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZCreatePerson, type TCreatePerson } from "@/lib/validations/literacy";

const EMPTY: TCreatePerson = { name: "", email: "", jobRole: "", businessUnitId: "" };

// Adds one person to the register; a member's account is linked by their e-mail address.
export function PersonForm(props: { units: { id: string; name: string }[]; create: ServerAction<TCreatePerson> }) {
  const [added, setAdded] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreatePerson,
    action: props.create,
    defaultValues: EMPTY,
    onSuccess: (_, input) => {
      setAdded(`${input.name.trim()} is in the register.`);
      form.reset(EMPTY);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add a person">
      {formError && <Alert tone="error">{formError}</Alert>}
      {added && <Alert tone="success">{added}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField form={form} name="name" label="Name" required autoComplete="off" />
        <InputField form={form} name="email" label="E-mail" type="email" required />
        <InputField
          form={form}
          name="jobRole"
          label="Job role"
          hint="For example: call-centre agent, credit analyst."
        />
        <SelectField
          form={form}
          name="businessUnitId"
          label="Business unit"
          placeholder="No unit"
          options={props.units.map((u) => [u.id, u.name] as const)}
        />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Add person
      </Button>
    </form>
  );
}
