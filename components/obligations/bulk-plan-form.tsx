"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ZPlanObligations, type TPlanObligations } from "@/lib/validations/obligation-plan";

export type PlannableObligation = {
  id: string;
  version: number;
  article: string;
  title: string;
  ownerName: string | null;
  dueDate: string | null;
};

type Props = {
  systemId: string;
  obligations: PlannableObligation[];
  members: { userId: string; name: string }[];
  /** Today plus the organisation's lead time when some duty already applies (YYYY-MM-DD), else "". */
  suggestedDueDate: string;
  leadDays: number;
  action: (input: TPlanObligations) => Promise<ActionResult<{ updated: number }>>;
};

// The step after a classification: give the new duties an owner and a due date in one go. Unassigned duties are
// chosen to start with, since those are the ones nobody is working on yet. Every duty already has its planned date
// (plannedDueDate, at creation), so the date field starts empty: assigning owners alone must not move any date, and
// a duty that applies next year must not be pulled forward by a default nobody chose. The lead-time date is one
// click away instead.
export function BulkPlanForm({ systemId, obligations, members, suggestedDueDate, leadDays, action }: Props) {
  const t = useTranslations("BulkPlanForm");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const initial = obligations.filter((o) => !o.ownerName);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(initial.map((o) => o.id)));
  const [done, setDone] = useState<string | null>(null);
  const rows = (ids: Set<string>) =>
    obligations.filter((o) => ids.has(o.id)).map(({ id, version }) => ({ id, version }));
  const { form, onSubmit, formError } = useActionForm({
    schema: ZPlanObligations,
    action,
    defaultValues: { systemId, obligations: rows(chosen), ownerId: "", dueDate: "" },
    onSuccess: (data) => {
      setDone(t("done", { count: data.updated }));
      router.refresh();
    },
  });
  const choose = (next: Set<string>) => {
    setChosen(next);
    setDone(null);
    form.setValue("obligations", rows(next), { shouldValidate: form.formState.isSubmitted });
  };
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    choose(next);
  };
  const errors = form.formState.errors;
  const listError = errors.obligations?.message ?? errors.obligations?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("label")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <fieldset aria-describedby={listError ? "plan-list-error" : undefined}>
        <legend className="text-sm font-medium text-slate-900">{t("legend", { count: chosen.size })}</legend>
        <div className="mt-1 flex flex-wrap gap-2 text-sm">
          <Button type="button" variant="ghost" onClick={() => choose(new Set(initial.map((o) => o.id)))}>
            {t("chooseUnassigned", { count: initial.length })}
          </Button>
          <Button type="button" variant="ghost" onClick={() => choose(new Set(obligations.map((o) => o.id)))}>
            {t("chooseAll", { count: obligations.length })}
          </Button>
          <Button type="button" variant="ghost" onClick={() => choose(new Set())}>
            {t("clear")}
          </Button>
        </div>
        {listError && (
          <p id="plan-list-error" className="mt-1 text-sm font-medium text-red-800">
            {listError}
          </p>
        )}
        <ul className="mt-2 max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
          {obligations.map((o) => (
            <li key={o.id} className="flex items-start gap-3 px-3 py-2 text-sm">
              <input
                id={`plan-${o.id}`}
                type="checkbox"
                className="mt-0.5 h-4 w-4"
                checked={chosen.has(o.id)}
                onChange={() => toggle(o.id)}
              />
              <label htmlFor={`plan-${o.id}`} className="min-w-0 flex-1">
                <span className="font-medium text-slate-900">{o.title}</span>{" "}
                <span className="text-slate-600">
                  ({o.article}) · {o.ownerName ?? t("unassigned")} ·{" "}
                  {o.dueDate ? t("due", { date: formatDateIn(locale, o.dueDate) }) : t("noDueDate")}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="plan-owner" label={t("owner")} hint={t("ownerHint")} error={errors.ownerId?.message}>
          <Select
            id="plan-owner"
            aria-invalid={errors.ownerId ? true : undefined}
            aria-describedby={describedBy("plan-owner", errors.ownerId?.message, "hint")}
            {...form.register("ownerId")}
          >
            <option value="">{t("keepOwner")}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="plan-due" label={t("dueDate")} hint={t("dueHint")} error={errors.dueDate?.message}>
          <Input
            id="plan-due"
            type="date"
            aria-invalid={errors.dueDate ? true : undefined}
            aria-describedby={describedBy("plan-due", errors.dueDate?.message, "hint")}
            {...form.register("dueDate")}
          />
          {suggestedDueDate && (
            <Button
              type="button"
              variant="ghost"
              className="mt-1"
              onClick={() => form.setValue("dueDate", suggestedDueDate, { shouldDirty: true })}
            >
              {t("useSuggested", { date: formatDateIn(locale, suggestedDueDate), days: leadDays })}
            </Button>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("apply", { count: chosen.size })}
        </Button>
        <p role="status" className="text-sm font-medium text-emerald-800">
          {done ?? ""}
        </p>
      </div>
    </form>
  );
}
