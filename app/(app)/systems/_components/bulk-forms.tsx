"use client";
import { useEffect, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { SystemFilterOptionsDTO } from "@/lib/dal/systems/system-list";
import type { BulkResultDTO } from "@/lib/dal/systems/system-bulk";
import { LIFECYCLE_LABELS, LIFECYCLE_STAGES } from "@/lib/validations/system-fields";
import {
  NO_OWNER,
  ZBulkAssignOwner,
  ZBulkSetLifecycle,
  type TBulkAssignOwner,
  type TBulkSetLifecycle,
} from "@/lib/validations/system-list";
import { bulkAssignOwnerAction, bulkSetLifecycleAction, rescreenSelectedAction } from "../actions";
import { countPhrase, verbFor } from "@/lib/plural";

type SystemRef = { id: string; version: number };
type FormProps = { systems: SystemRef[]; onDone: (message: string) => void; onError: (message: string | null) => void };

const outcome = (r: BulkResultDTO, what: string) =>
  `${what} for ${countPhrase(r.changed, "system")}${r.unchanged ? ` (${r.unchanged} already had it)` : ""}.`;

export function AssignOwnerForm({
  systems,
  owners,
  onDone,
  onError,
}: FormProps & { owners: SystemFilterOptionsDTO["owners"] }) {
  const { form, onSubmit, formError } = useActionForm<TBulkAssignOwner, BulkResultDTO>({
    schema: ZBulkAssignOwner,
    action: bulkAssignOwnerAction,
    defaultValues: { systems, ownerId: "" },
    onSuccess: (r, input) =>
      onDone(
        outcome(
          r,
          input.ownerId === NO_OWNER
            ? "Owner removed"
            : `Owner set to ${owners.find((o) => o.id === input.ownerId)?.name}`,
        ),
      ),
  });
  useSelection(form.setValue, systems);
  useEffect(() => onError(formError), [formError, onError]);
  const error = form.formState.errors.ownerId?.message;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2" noValidate>
      <label htmlFor="bulk-owner" className="text-sm font-medium text-slate-800">
        Owner
      </label>
      <Select
        id="bulk-owner"
        className="w-40"
        aria-invalid={!!error}
        aria-describedby={error ? "bulk-owner-error" : undefined}
        {...form.register("ownerId")}
      >
        <option value="">Choose…</option>
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
        <option value={NO_OWNER}>No owner</option>
      </Select>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Assign owner
      </Button>
      {error && (
        <p id="bulk-owner-error" role="alert" className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}

export function SetLifecycleForm({ systems, onDone, onError }: FormProps) {
  const { form, onSubmit, formError } = useActionForm<TBulkSetLifecycle, BulkResultDTO>({
    schema: ZBulkSetLifecycle,
    action: bulkSetLifecycleAction,
    defaultValues: { systems },
    onSuccess: (r, input) => onDone(outcome(r, `Lifecycle stage set to ${LIFECYCLE_LABELS[input.lifecycleStage]}`)),
  });
  useSelection(form.setValue, systems);
  useEffect(() => onError(formError), [formError, onError]);
  const error = form.formState.errors.lifecycleStage?.message;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2" noValidate>
      <label htmlFor="bulk-lifecycle" className="text-sm font-medium text-slate-800">
        Lifecycle
      </label>
      <Select
        id="bulk-lifecycle"
        className="w-40"
        aria-invalid={!!error}
        aria-describedby={error ? "bulk-lifecycle-error" : undefined}
        defaultValue=""
        {...form.register("lifecycleStage")}
      >
        <option value="" disabled>
          Choose…
        </option>
        {LIFECYCLE_STAGES.map((s) => (
          <option key={s} value={s}>
            {LIFECYCLE_LABELS[s]}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Change stage
      </Button>
      {error && (
        <p id="bulk-lifecycle-error" role="alert" className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}

// The selection changes while the form is open; the form always submits the rows ticked right now.
function useSelection(setValue: (name: "systems", value: SystemRef[]) => void, systems: SystemRef[]) {
  useEffect(() => setValue("systems", systems), [setValue, systems]);
}

// Re-runs the rules engine on each selected system's latest answers, e.g. after the law or the intake changed.
export function RescreenButton({ systems, onDone, onError }: FormProps) {
  const [pending, startTransition] = useTransition();
  const rescreen = () =>
    startTransition(async () => {
      onError(null);
      const result = await rescreenSelectedAction({ systemIds: systems.map((s) => s.id) });
      if (!result.ok) return onError(result.error);
      const { rescreened, skipped } = result.data;
      const changed = rescreened.filter((r) => r.tierBefore !== r.tierAfter).length;
      onDone(
        `Re-screened ${countPhrase(rescreened.length, "system")}` +
          (changed ? `; the tier changed for ${changed}` : "; no tier changed") +
          (skipped.length
            ? `. ${skipped.length} never classified ${verbFor(skipped.length, "were")} skipped: classify ${skipped.length === 1 ? "it" : "them"} through the questionnaire first.`
            : "."),
      );
    });
  return (
    <Button type="button" variant="secondary" onClick={rescreen} disabled={pending || systems.length === 0}>
      {pending ? "Re-screening…" : "Re-screen"}
    </Button>
  );
}
