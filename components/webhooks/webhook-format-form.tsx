"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, FieldErrorText, Select } from "@/components/ui/field";
import { WEBHOOK_FORMATS, type WebhookFormat } from "@/lib/validations/webhook-events";
import { ZSetWebhookFormat, type TSetWebhookFormat } from "@/lib/validations/webhooks";
import { useWebhookLabels } from "./use-webhook-labels";

type Props = {
  webhookId: string;
  format: WebhookFormat;
  /** The endpoint's description or URL, for screen readers. */
  name: string;
  action: ServerAction<TSetWebhookFormat, null>;
};

// Moving a saved endpoint between Generic JSON, Slack and Teams keeps its URL, secret, events and history. A URL that
// does not suit the new format is refused below the choice, which stays as chosen so it can be changed back.
export function WebhookFormatForm({ webhookId, format, name, action }: Props) {
  const t = useTranslations("Webhooks");
  const labels = useWebhookLabels();
  const [saved, setSaved] = useState("");
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSetWebhookFormat,
    action,
    defaultValues: { webhookId, format },
    onSuccess: (_data, values) => setSaved(t("nowSentAs", { format: labels.format(values.format as WebhookFormat) })),
  });
  // One form per endpoint on the page: ids carry the webhook's.
  const id = `webhook-format-${webhookId}`;
  const error = form.formState.errors.format?.message ?? formError ?? undefined;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-2"
      aria-label={t("formatOf", { name })}
    >
      <div className="min-w-0 space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t("format")}
        </label>
        <Select
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error)}
          {...form.register("format", { onChange: () => setSaved("") })}
        >
          {WEBHOOK_FORMATS.map((f) => (
            <option key={f} value={f}>
              {labels.format(f)}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("changeFormat")}
        <span className="sr-only"> {t("ofName", { name })}</span>
      </Button>
      <div className="w-full">
        <FieldErrorText id={id} error={error} />
        <p role="status" className="text-sm font-medium text-emerald-800">
          {saved}
        </p>
      </div>
    </form>
  );
}
