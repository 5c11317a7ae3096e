"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { REVIEW_REPLIES, ZRespondReview, type TRespondReview } from "@/lib/validations/review-requests";
import { respondReviewAction } from "./actions";

const REPLY_KEYS = { ANSWERED: "replyAnswered", SENT_BACK: "replySentBack" } as const;

// Legal's reply to one request: an answer, or a send-back with a note. Confirming or overriding is the decision form.
export function ReplyForm({ requestId }: { requestId: string }) {
  const t = useTranslations("ClassificationReviewForms");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm<TRespondReview, { requestId: string }>({
    schema: ZRespondReview,
    action: respondReviewAction,
    defaultValues: { requestId, reply: "ANSWERED", note: "" },
    onSuccess: () => router.refresh(),
  });
  const id = `reply-${requestId}`;
  const error = form.formState.errors.note?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("replyFormLabel")}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="sr-only">{t("replyLegend")}</legend>
        {REVIEW_REPLIES.map((r) => (
          <label key={r} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" value={r} className="size-4 accent-indigo-700" {...form.register("reply")} />
            {t(REPLY_KEYS[r])}
          </label>
        ))}
      </fieldset>
      <Field id={id} label={t("replyNote")} error={error}>
        <Textarea
          id={id}
          className="min-h-16"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error)}
          {...form.register("note")}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("sendReply")}
      </Button>
    </form>
  );
}
