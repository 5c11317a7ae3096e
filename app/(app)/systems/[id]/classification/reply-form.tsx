"use client";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import {
  REVIEW_REPLIES,
  REVIEW_REPLY_LABELS,
  ZRespondReview,
  type TRespondReview,
} from "@/lib/validations/review-requests";
import { respondReviewAction } from "./actions";

// Legal's reply to one request: an answer, or a send-back with a note. Confirming or overriding is the decision form.
export function ReplyForm({ requestId }: { requestId: string }) {
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
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Reply to the request">
      {formError && <Alert tone="error">{formError}</Alert>}
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="sr-only">Reply</legend>
        {REVIEW_REPLIES.map((r) => (
          <label key={r} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" value={r} className="size-4 accent-indigo-700" {...form.register("reply")} />
            {REVIEW_REPLY_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <Field id={id} label="Answer or note for the requester" error={error}>
        <Textarea
          id={id}
          className="min-h-16"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error)}
          {...form.register("note")}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Send reply
      </Button>
    </form>
  );
}
