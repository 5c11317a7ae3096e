"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DraftNotice } from "@/components/forms/draft-notice";
import { collectProblems, ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormDraft } from "@/components/forms/use-form-draft";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import { ZSystemIntake, type TSystemIntakeInput } from "@/lib/validations/system";
import { DataSection } from "./data-section";
import type { AddUnit, OwnerOption, UnitOption } from "./intake-form-types";
import { byFormOrder, useIntakeFieldLabels } from "./intake-labels";
import { PeopleSection } from "./people-section";
import { PurposeSection } from "./purpose-section";
import { UsageSection } from "./usage-section";

type Props = {
  defaultValues: TSystemIntakeInput;
  owners: OwnerOption[];
  // The organisation's business units, and how to add one from the form.
  units: UnitOption[];
  addUnit: AddUnit;
  // baseVersion: the revision a restored draft was started on, so a draft older than the record meets a conflict
  // instead of silently overwriting what a colleague saved since.
  save: (values: TSystemIntakeInput, baseVersion?: number) => Promise<ActionResult<{ id: string }>>;
  onSaved: (id: string) => void | Promise<void>;
  cancelHref: string;
  // A complete record is not turned back into a draft by accident, so only new systems and drafts offer it.
  allowDraft: boolean;
  // Extra help under a failed save's message, e.g. how to look at a colleague's newer version.
  failureHelp?: ReactNode;
  // Where the local draft is kept (see draftKey), and the revision the form was loaded from.
  draftKey: string;
  version?: number;
};

// The intake form for new and existing systems. Values stay in the form on every failure (validation, conflict,
// server error); only a successful save navigates away.
export function SystemIntakeForm({
  defaultValues,
  owners,
  units,
  addUnit,
  save,
  onSaved,
  cancelHref,
  allowDraft,
  failureHelp,
  draftKey,
  version,
}: Props) {
  const t = useTranslations("IntakeForm");
  const labels = useIntakeFieldLabels();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSystemIntake,
    // Called at submit time, by which point the draft below has been restored (or not).
    action: (values: TSystemIntakeInput): Promise<ActionResult<{ id: string }>> =>
      save(values, draft.restored?.version ?? version),
    defaultValues,
    onSuccess: (data) => {
      draft.markSaved();
      return onSaved(data.id);
    },
  });
  const draft = useFormDraft({ form, storageKey: draftKey, version });
  const { isSubmitting, submitCount, errors } = form.formState;
  const problems = collectProblems(errors).sort(byFormOrder);
  const submitAs = (isDraft: boolean) => () => form.setValue("isDraft", isDraft);
  const savingDraft = isSubmitting && form.getValues("isDraft");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={t("formLabel")}>
      <ErrorSummary problems={problems} formError={formError} submitCount={submitCount} labelFor={labels.labelFor}>
        {formError && failureHelp}
      </ErrorSummary>
      <DraftNotice restored={draft.restored} currentVersion={version} onDiscard={draft.discard} />
      <p className="text-sm text-slate-600">
        {t.rich("requiredNote", { mark: (chunks) => <span className="font-medium text-slate-800">{chunks}</span> })}
        {allowDraft && ` ${t("draftNote")}`}
      </p>
      <PurposeSection form={form} owners={owners} units={units} addUnit={addUnit} />
      <UsageSection form={form} />
      <PeopleSection form={form} />
      <DataSection form={form} />
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        <Button type="submit" onClick={submitAs(false)} disabled={isSubmitting}>
          {isSubmitting && !savingDraft ? t("saving") : t("save")}
        </Button>
        {allowDraft && (
          <Button type="submit" variant="secondary" onClick={submitAs(true)} disabled={isSubmitting}>
            {savingDraft ? t("savingDraft") : t("saveDraft")}
          </Button>
        )}
        {/* Cancel means it: once the leave question is answered "leave", no draft of this form comes back. */}
        <ButtonLink href={cancelHref} variant="ghost" onClick={draft.discard}>
          {t("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
