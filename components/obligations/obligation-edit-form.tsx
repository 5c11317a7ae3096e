"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import type { Locale } from "@/lib/i18n/locales";
import { OBLIGATION_STATUSES, ZUpdateObligation, type TUpdateObligation } from "@/lib/validations/obligation";
import { useObligationStatusLabel } from "./status-label";

export type EditableObligation = {
  id: string;
  version: number;
  status: TUpdateObligation["status"];
  ownerId: string | null;
  dueDate: string | null;
  notApplicableReason: string;
  completionNote: string;
  // Known on the page; the server checks again (assertDoneIsBacked).
  evidenceCount: number;
  evidenceRequired: boolean;
  // The Art 4 duty: full coverage in the literacy register is its evidence; short of it, a note says why it is met.
  literacy?: { backed: boolean; summary: string };
};

type Props = {
  obligation: EditableObligation;
  members: { userId: string; name: string }[];
  action: (input: TUpdateObligation) => Promise<ActionResult<{ version: number }>>;
};

// The form is keyed by the obligation's version, so fresh server data re-initialises it; a refused save keeps what
// was typed because nothing refreshes until the user asks to load the other person's changes.
export function ObligationEditor(props: Props) {
  const t = useTranslations("ObligationEditForm");
  const locale = useLocale() as Locale;
  const [savedAt, setSavedAt] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <ObligationEditForm
        key={props.obligation.version}
        {...props}
        // English keeps en-GB, the clock every test has read.
        onSaved={() => setSavedAt(new Date().toLocaleTimeString(locale === "en" ? "en-GB" : locale))}
      />
      <p role="status" className="text-sm font-medium text-emerald-800">
        {savedAt ? t("savedAt", { time: savedAt }) : ""}
      </p>
    </div>
  );
}

function ObligationEditForm({ obligation: o, members, action, onSaved }: Props & { onSaved: () => void }) {
  const t = useTranslations("ObligationEditForm");
  const statusLabel = useObligationStatusLabel();
  const router = useRouter();
  const { form, onSubmit, formError, stale } = useActionForm({
    schema: ZUpdateObligation,
    action,
    defaultValues: {
      obligationId: o.id,
      version: o.version,
      status: o.status,
      ownerId: o.ownerId ?? "",
      dueDate: o.dueDate ?? "",
      notApplicableReason: o.notApplicableReason,
      completionNote: o.completionNote,
    },
    onSuccess: (data, values) => {
      form.reset({ ...values, version: data.version });
      onSaved();
    },
  });
  const status = form.watch("status");
  const errors = form.formState.errors;
  const id = (name: string) => `${name}-${o.id}`;
  // Someone else saved first (told apart from the words, which are in the reader's language).
  const conflict = stale && !!formError;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("label")}>
      {formError && (
        <Alert tone="error">
          <p>{formError}</p>
          {conflict && (
            <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
              {t("discard")}
            </Button>
          )}
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={id("status")} label={t("status")} error={errors.status?.message}>
          <Select id={id("status")} aria-invalid={errors.status ? true : undefined} {...form.register("status")}>
            {OBLIGATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("owner")} label={t("owner")} error={errors.ownerId?.message}>
          <Select
            id={id("owner")}
            aria-invalid={errors.ownerId ? true : undefined}
            aria-describedby={describedBy(id("owner"), errors.ownerId?.message)}
            {...form.register("ownerId")}
          >
            <option value="">{t("unassigned")}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("due")} label={t("dueDate")} error={errors.dueDate?.message}>
          <Input
            id={id("due")}
            type="date"
            aria-invalid={errors.dueDate ? true : undefined}
            aria-describedby={describedBy(id("due"), errors.dueDate?.message)}
            {...form.register("dueDate")}
          />
        </Field>
      </div>
      {status === "NOT_APPLICABLE" && (
        <Field
          id={id("reason")}
          label={t("reasonLabel")}
          hint={t("reasonHint")}
          error={errors.notApplicableReason?.message}
        >
          <Textarea
            id={id("reason")}
            aria-invalid={errors.notApplicableReason ? true : undefined}
            aria-describedby={describedBy(id("reason"), errors.notApplicableReason?.message, "hint")}
            {...form.register("notApplicableReason")}
          />
        </Field>
      )}
      {status === "DONE" && (o.literacy ? !o.literacy.backed : o.evidenceCount === 0 && !o.evidenceRequired) && (
        <Field
          id={id("note")}
          label={t("noteLabel")}
          hint={o.literacy ? t("literacyHint", { summary: o.literacy.summary }) : t("noteHint")}
          error={errors.completionNote?.message}
        >
          <Textarea
            id={id("note")}
            aria-invalid={errors.completionNote ? true : undefined}
            aria-describedby={describedBy(id("note"), errors.completionNote?.message, "hint")}
            {...form.register("completionNote")}
          />
        </Field>
      )}
      {status === "DONE" &&
        o.status !== "DONE" &&
        o.evidenceCount === 0 &&
        o.evidenceRequired &&
        !o.literacy?.backed && <Alert tone="info">{t("evidenceRequired")}</Alert>}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
