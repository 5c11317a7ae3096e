"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import { readingWith, REOPENED_BY_BREACH } from "@/lib/incidents/breach-reading";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ZAddComment, type TAddComment } from "@/lib/validations/obligation";

type Comment = { id: string; body: string; createdAt: Date; author: { name: string } };

export function CommentThread({
  obligationId,
  comments,
  canComment,
  action,
}: {
  obligationId: string;
  comments: Comment[];
  canComment: boolean;
  action: (input: TAddComment) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("CommentThread");
  const breach = useTranslations("MonitoringTaskText");
  const locale = useLocale() as Locale;
  // A breach that reopens the obligation leaves an English note; it is said in the reader's language where the page
  // sends the messages, else kept as written.
  const bodyOf = (body: string) => {
    const reopened = locale === "en" ? null : REOPENED_BY_BREACH.exec(body);
    if (!reopened || !breach.has("reopened")) return body;
    return breach("reopened", { reading: readingWith(reopened[1]!, breach("limit")) });
  };
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAddComment,
    action,
    defaultValues: { obligationId, body: "" },
    onSuccess: () => {
      form.reset({ obligationId, body: "" });
    },
  });
  const id = `comment-${obligationId}`;
  const error = form.formState.errors.body?.message;
  return (
    <div className="space-y-3">
      {comments.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ol className="space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
              <p className="text-xs text-slate-600">
                <span className="font-medium text-slate-900">{c.author.name}</span> ·{" "}
                <time dateTime={new Date(c.createdAt).toISOString()}>{formatDateTimeIn(locale, c.createdAt)}</time>
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-900">{bodyOf(c.body)}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form onSubmit={onSubmit} noValidate className="space-y-2">
          {formError && <Alert tone="error">{formError}</Alert>}
          <Field id={id} label={t("label")} error={error}>
            <Textarea
              id={id}
              className="min-h-16"
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, error)}
              {...form.register("body")}
            />
          </Field>
          <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
            {t("post")}
          </Button>
        </form>
      )}
    </div>
  );
}
