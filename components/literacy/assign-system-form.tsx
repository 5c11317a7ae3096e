"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZAssignOperator, type TAssignOperator } from "@/lib/validations/literacy";

// From a person's page: make them an operator or overseer of an AI system (the system card does the reverse).
export function AssignSystemForm(props: {
  personId: string;
  systems: { id: string; name: string }[];
  /** More systems exist than the list holds: say where the others are reached. */
  truncated?: boolean;
  assign: ServerAction<TAssignOperator>;
}) {
  const t = useTranslations("LiteracyForms");
  const empty: TAssignOperator = { systemId: "", personId: props.personId, role: "OPERATOR" };
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAssignOperator,
    action: props.assign,
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
    },
  });
  if (props.systems.length === 0) return <p className="text-sm text-slate-600">{t("noSystems")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("assignLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          form={form}
          name="systemId"
          label={t("aiSystem")}
          placeholder={t("chooseSystem")}
          options={props.systems.map((s) => [s.id, s.name] as const)}
          required
        />
        <SelectField
          form={form}
          name="role"
          label={t("role")}
          placeholder={t("choose")}
          options={[
            ["OPERATOR", t("roleOperator")],
            ["OVERSIGHT", t("roleOversight")],
          ]}
          required
        />
      </div>
      {props.truncated && <p className="text-sm text-slate-600">{t("truncated", { count: props.systems.length })}</p>}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("assign")}
      </Button>
    </form>
  );
}
