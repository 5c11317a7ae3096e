"use client";
import { SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OPERATOR_ROLES, ZAssignOperator, type TAssignOperator } from "@/lib/validations/literacy";

// From a person's page: make them an operator or overseer of an AI system (the system card does the reverse).
export function AssignSystemForm(props: {
  personId: string;
  systems: { id: string; name: string }[];
  /** More systems exist than the list holds: say where the others are reached. */
  truncated?: boolean;
  assign: ServerAction<TAssignOperator>;
}) {
  const empty: TAssignOperator = { systemId: "", personId: props.personId, role: "OPERATOR" };
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAssignOperator,
    action: props.assign,
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
    },
  });
  if (props.systems.length === 0)
    return <p className="text-sm text-slate-600">The organisation has no AI systems yet.</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Assign to an AI system">
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          form={form}
          name="systemId"
          label="AI system"
          placeholder="Choose a system…"
          options={props.systems.map((s) => [s.id, s.name] as const)}
          required
        />
        <SelectField form={form} name="role" label="Role" placeholder="Choose…" options={OPERATOR_ROLES} required />
      </div>
      {props.truncated && (
        <p className="text-sm text-slate-600">
          The list shows the first {props.systems.length} systems by name; assign people to any other system from its
          Overview.
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Assign
      </Button>
    </form>
  );
}
