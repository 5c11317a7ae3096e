"use client";
import { useTranslations } from "next-intl";
import { InputField, SelectField } from "@/components/forms/input-field";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { BusinessUnitDTO } from "@/lib/dal/business-units/business-units";
import {
  ZMergeBusinessUnits,
  ZRenameBusinessUnit,
  type TMergeBusinessUnits,
  type TRenameBusinessUnit,
} from "@/lib/validations/business-unit";

type Done = (message: string) => void;

export function RenameUnitForm(props: {
  unit: BusinessUnitDTO;
  rename: ServerAction<TRenameBusinessUnit>;
  onDone: Done;
  onCancel: () => void;
}) {
  const t = useTranslations("BusinessUnits");
  const { unit } = props;
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRenameBusinessUnit,
    action: props.rename,
    defaultValues: { unitId: unit.id, name: unit.name },
    onSuccess: (_, input) => props.onDone(t("renamed", { old: unit.name, name: input.name.trim() })),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("renameLabel", { name: unit.name })}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField
        form={form}
        name="name"
        label={t("newName")}
        required
        hint={t("newNameHint", { count: unit.systems })}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("renaming") : t("rename")}
        </Button>
        <Button type="button" variant="ghost" onClick={props.onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

// Asks for the target, then names what will happen (how many systems move, which unit disappears) on the button.
export function MergeUnitForm(props: {
  unit: BusinessUnitDTO;
  others: BusinessUnitDTO[];
  merge: ServerAction<TMergeBusinessUnits, { moved: number }>;
  onDone: Done;
  onCancel: () => void;
}) {
  const t = useTranslations("BusinessUnits");
  const { unit, others } = props;
  const { form, onSubmit, formError } = useActionForm({
    schema: ZMergeBusinessUnits,
    action: props.merge,
    defaultValues: { fromId: unit.id, intoId: "" },
    onSuccess: (data) => {
      const into = others.find((o) => o.id === form.getValues("intoId"))?.name ?? t("theOtherUnit");
      props.onDone(t("merged", { count: data.moved, from: unit.name, into }));
    },
  });
  const into = others.find((o) => o.id === form.watch("intoId"));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("mergeLabel", { name: unit.name })}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <SelectField
        form={form}
        name="intoId"
        label={t("mergeInto", { name: unit.name })}
        required
        placeholder={t("chooseUnit")}
        options={others.map((o) => [o.id, t("option", { name: o.name, count: o.systems })] as const)}
      />
      {into && (
        <p className="text-sm text-slate-700" role="status">
          {t("mergePreview", { count: unit.systems, from: unit.name, into: into.name })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? t("merging")
            : into
              ? t("moveTo", { count: unit.systems, into: into.name })
              : t("mergeSubmit")}
        </Button>
        <Button type="button" variant="ghost" onClick={props.onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
