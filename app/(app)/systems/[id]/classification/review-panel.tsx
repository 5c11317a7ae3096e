"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select, Textarea } from "@/components/ui/field";
import { REVIEW_DECISIONS, ZReviewDecision, type TReviewDecision } from "@/lib/validations/classification";
import { useSystemBadgeLabels } from "@/components/system-badges";
import { toTierCode } from "@/lib/classification/codes";
import { overrideRemovals } from "@/lib/classification/override-removals";
import type { ClassificationResult } from "@/lib/rules";
import { TIER_CODES } from "@/lib/validations/system-fields";
import { recordReviewAction } from "./actions";
import { OverrideConfirm } from "./override-confirm";

const EMPTY = {
  decision: "CONFIRMED",
  overrideTier: "",
  justification: "",
  openQuestions: "",
  confirmRemovals: false,
} as const;

const DECISION_KEYS = {
  CONFIRMED: "decisionConfirmed",
  REQUIRES_REVIEW: "decisionRequiresReview",
  OVERRIDDEN: "decisionOverridden",
} as const;
const SAVED_KEYS = {
  CONFIRMED: "savedConfirmed",
  REQUIRES_REVIEW: "savedRequiresReview",
  OVERRIDDEN: "savedOverridden",
} as const;

// Legal's decision on the current run: confirm, ask for review with questions, or override with a justification.
type Props = { runId: string; result: ClassificationResult };

export function ReviewPanel({ runId, result }: Props) {
  const t = useTranslations("ClassificationReviewForms");
  const labels = useSystemBadgeLabels();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm<TReviewDecision, { decisionId: string }>({
    schema: ZReviewDecision,
    action: recordReviewAction,
    defaultValues: { ...EMPTY, runId },
    onSuccess: (_d, input) => {
      setSaved(t(SAVED_KEYS[input.decision]));
      form.reset({ ...EMPTY, runId, decision: input.decision });
      router.refresh();
    },
  });
  const decision = form.watch("decision");
  const overrideTier = form.watch("overrideTier");
  const engineTier = toTierCode(result.tier);
  const removed = decision === "OVERRIDDEN" && overrideTier ? overrideRemovals(result, overrideTier) : [];
  const err = (name: "overrideTier" | "justification" | "openQuestions" | "confirmRemovals") =>
    form.formState.errors[name]?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 px-5 py-4" aria-label={t("decisionFormLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && <Alert tone="success">{saved}</Alert>}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("decisionLegend")}</legend>
        {REVIEW_DECISIONS.map((d) => (
          <label key={d} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              value={d}
              className="size-4 accent-indigo-700"
              {...form.register("decision", { onChange: () => setSaved(null) })}
            />
            {t(DECISION_KEYS[d])}
          </label>
        ))}
      </fieldset>
      {decision === "REQUIRES_REVIEW" && (
        <Field
          id="review-questions"
          label={t("openQuestions")}
          error={err("openQuestions")}
          hint={t("openQuestionsHint")}
        >
          <Textarea
            id="review-questions"
            aria-invalid={err("openQuestions") ? true : undefined}
            aria-describedby={describedBy("review-questions", err("openQuestions"), "h")}
            {...form.register("openQuestions")}
          />
        </Field>
      )}
      {decision === "OVERRIDDEN" && (
        <>
          <Field id="review-tier" label={t("overrideTier")} error={err("overrideTier")}>
            <Select
              id="review-tier"
              aria-invalid={err("overrideTier") ? true : undefined}
              aria-describedby={describedBy("review-tier", err("overrideTier"))}
              {...form.register("overrideTier")}
            >
              <option value="">{t("choose")}</option>
              {TIER_CODES.map((code) => (
                <option key={code} value={code}>
                  {labels.tier(code)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            id="review-justification"
            label={t("justification")}
            error={err("justification")}
            hint={t("justificationHint")}
          >
            <Textarea
              id="review-justification"
              aria-invalid={err("justification") ? true : undefined}
              aria-describedby={describedBy("review-justification", err("justification"), "h")}
              {...form.register("justification")}
            />
          </Field>
          {overrideTier && removed.length > 0 && (
            <OverrideConfirm
              removed={removed}
              engineTier={engineTier}
              overrideTier={overrideTier}
              error={err("confirmRemovals")}
              checkbox={form.register("confirmRemovals")}
            />
          )}
        </>
      )}
      {decision === "CONFIRMED" && (
        <Field id="review-note" label={t("note")}>
          <Textarea id="review-note" className="min-h-16" {...form.register("justification")} />
        </Field>
      )}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("record")}
      </Button>
    </form>
  );
}
