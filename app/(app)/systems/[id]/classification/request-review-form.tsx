"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { ZRequestReview, type TRequestReview } from "@/lib/validations/review-requests";
import { requestReviewAction } from "./actions";

// The compliance officer's question to legal about the current result; legal finds it at /reviews.
export function RequestReviewForm({ systemId }: { systemId: string }) {
  const t = useTranslations("ClassificationReviewForms");
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formError } = useActionForm<TRequestReview, { requestId: string }>({
    schema: ZRequestReview,
    action: requestReviewAction,
    defaultValues: { systemId, question: "" },
    onSuccess: () => {
      setSent(true);
      form.reset({ systemId, question: "" });
      router.refresh();
    },
  });
  const error = form.formState.errors.question?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 px-5 py-4" aria-label={t("requestFormLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {sent && <Alert tone="success">{t("requestSent")}</Alert>}
      <Field id="review-request-question" label={t("requestQuestion")} error={error} hint={t("requestHint")}>
        <Textarea
          id="review-request-question"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("review-request-question", error, "h")}
          {...form.register("question", { onChange: () => setSent(false) })}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("requestSubmit")}
      </Button>
    </form>
  );
}
