"use client";
import { useTranslations } from "next-intl";
import { useEffect, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { SystemFilterOptionsDTO } from "@/lib/dal/systems/system-list";
import type { BulkResultDTO } from "@/lib/dal/systems/system-bulk";
import { useSystemBadgeLabels } from "@/components/system-badges";
import { LIFECYCLE_STAGES } from "@/lib/validations/system-fields";
import {
  NO_OWNER,
  ZBulkAssignOwner,
  ZBulkSetLifecycle,
  type TBulkAssignOwner,
  type TBulkSetLifecycle,
} from "@/lib/validations/system-list";
import { bulkAssignOwnerAction, bulkSetLifecycleAction, rescreenSelectedAction } from "../actions";

type SystemRef = { id: string; version: number };
type FormProps = { systems: SystemRef[]; onDone: (message: string) => void; onError: (message: string | null) => void };

type Translate = ReturnType<typeof useTranslations<"Inventory">>;

// `what` already counts the changed systems; the unchanged ones are said after it.
const outcome = (t: Translate, r: BulkResultDTO, what: string) =>
  `${what}${r.unchanged ? t("bulkAlreadyHad", { count: r.unchanged }) : ""}.`;

export function AssignOwnerForm({
  systems,
  owners,
  onDone,
  onError,
}: FormProps & { owners: SystemFilterOptionsDTO["owners"] }) {
  const t = useTranslations("Inventory");
  const { form, onSubmit, formError } = useActionForm<TBulkAssignOwner, BulkResultDTO>({
    schema: ZBulkAssignOwner,
    action: bulkAssignOwnerAction,
    defaultValues: { systems, ownerId: "" },
    onSuccess: (r, input) =>
      onDone(
        outcome(
          t,
          r,
          input.ownerId === NO_OWNER
            ? t("bulkOwnerRemoved", { count: r.changed })
            : t("bulkOwnerSet", { count: r.changed, name: owners.find((o) => o.id === input.ownerId)?.name ?? "" }),
        ),
      ),
  });
  useSelection(form.setValue, systems);
  useEffect(() => onError(formError), [formError, onError]);
  const error = form.formState.errors.ownerId?.message;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2" noValidate>
      <label htmlFor="bulk-owner" className="text-sm font-medium text-slate-800">
        {t("columnOwner")}
      </label>
      <Select
        id="bulk-owner"
        className="w-40"
        aria-invalid={!!error}
        aria-describedby={error ? "bulk-owner-error" : undefined}
        {...form.register("ownerId")}
      >
        <option value="">{t("choose")}</option>
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
        <option value={NO_OWNER}>{t("noOwner")}</option>
      </Select>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("assignOwner")}
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
  const t = useTranslations("Inventory");
  const badges = useSystemBadgeLabels();
  const { form, onSubmit, formError } = useActionForm<TBulkSetLifecycle, BulkResultDTO>({
    schema: ZBulkSetLifecycle,
    action: bulkSetLifecycleAction,
    defaultValues: { systems },
    onSuccess: (r, input) =>
      onDone(outcome(t, r, t("bulkLifecycleSet", { count: r.changed, stage: badges.lifecycle(input.lifecycleStage) }))),
  });
  useSelection(form.setValue, systems);
  useEffect(() => onError(formError), [formError, onError]);
  const error = form.formState.errors.lifecycleStage?.message;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2" noValidate>
      <label htmlFor="bulk-lifecycle" className="text-sm font-medium text-slate-800">
        {t("filterLifecycle")}
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
          {t("choose")}
        </option>
        {LIFECYCLE_STAGES.map((s) => (
          <option key={s} value={s}>
            {badges.lifecycle(s)}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("changeStage")}
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
  const t = useTranslations("Inventory");
  const [pending, startTransition] = useTransition();
  const rescreen = () =>
    startTransition(async () => {
      onError(null);
      const result = await rescreenSelectedAction({ systemIds: systems.map((s) => s.id) });
      if (!result.ok) return onError(result.error);
      const { rescreened, skipped } = result.data;
      const changed = rescreened.filter((r) => r.tierBefore !== r.tierAfter).length;
      onDone(
        t("rescreened", { count: rescreened.length }) +
          (changed ? t("rescreenTierChanged", { count: changed }) : t("rescreenNoTierChanged")) +
          (skipped.length ? t("rescreenSkipped", { count: skipped.length }) : "."),
      );
    });
  return (
    <Button type="button" variant="secondary" onClick={rescreen} disabled={pending || systems.length === 0}>
      {pending ? t("rescreening") : t("rescreen")}
    </Button>
  );
}
