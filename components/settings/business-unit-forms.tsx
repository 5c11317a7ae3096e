"use client";
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

const systems = (n: number) => (n === 1 ? "1 system" : `${n} systems`);

type Done = (message: string) => void;

export function RenameUnitForm(props: {
  unit: BusinessUnitDTO;
  rename: ServerAction<TRenameBusinessUnit>;
  onDone: Done;
  onCancel: () => void;
}) {
  const { unit } = props;
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRenameBusinessUnit,
    action: props.rename,
    defaultValues: { unitId: unit.id, name: unit.name },
    onSuccess: (_, input) => props.onDone(`“${unit.name}” is now “${input.name.trim()}”.`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Rename ${unit.name}`}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField
        form={form}
        name="name"
        label="New name"
        required
        hint={`${systems(unit.systems)} show the new name at once, in lists, charts and exports.`}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Renaming…" : "Rename"}
        </Button>
        <Button type="button" variant="ghost" onClick={props.onCancel}>
          Cancel
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
  const { unit, others } = props;
  const { form, onSubmit, formError } = useActionForm({
    schema: ZMergeBusinessUnits,
    action: props.merge,
    defaultValues: { fromId: unit.id, intoId: "" },
    onSuccess: (data) => {
      const into = others.find((o) => o.id === form.getValues("intoId"))?.name ?? "the other unit";
      props.onDone(`${systems(data.moved)} moved from “${unit.name}” to “${into}”; “${unit.name}” is deleted.`);
    },
  });
  const into = others.find((o) => o.id === form.watch("intoId"));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Merge ${unit.name}`}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <SelectField
        form={form}
        name="intoId"
        label={`Merge “${unit.name}” into`}
        required
        placeholder="Choose a unit"
        options={others.map((o) => [o.id, `${o.name} (${systems(o.systems)})`] as const)}
      />
      {into && (
        <p className="text-sm text-slate-700" role="status">
          {systems(unit.systems)} will move from “{unit.name}” to “{into.name}”, and “{unit.name}” will be deleted. This
          cannot be undone, but you can rename or add units again at any time.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? "Merging…"
            : into
              ? `Move ${systems(unit.systems)} to “${into.name}”`
              : "Merge"}
        </Button>
        <Button type="button" variant="ghost" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
