"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { RadioGroupField } from "@/components/forms/choice-fields";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { WebhookTryResult } from "@/lib/dal/integrations/webhook-try";
import { ZCreateWebhook, type TCreateWebhook, type TTryWebhook } from "@/lib/validations/webhooks";
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from "@/lib/validations/webhook-events";
import { TryWebhook } from "./try-webhook";
import { useWebhookLabels } from "./use-webhook-labels";

type Props = {
  create: ServerAction<TCreateWebhook, { secret: string }>;
  tryUrl: ServerAction<TTryWebhook, WebhookTryResult>;
};

export function CreateWebhookForm({ create, tryUrl }: Props) {
  const t = useTranslations("Webhooks");
  const labels = useWebhookLabels();
  const formatChoices = WEBHOOK_FORMATS.map((value) => ({
    value,
    label: labels.format(value),
    description: labels.formatHelp(value),
  }));
  const [secret, setSecret] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZCreateWebhook,
    action: create,
    defaultValues: { url: "", format: "GENERIC", description: "", events: [...WEBHOOK_EVENTS] },
    onSuccess: (data) => {
      setSecret(data.secret);
      form.reset();
    },
  });
  const eventsError = form.formState.errors.events?.message;
  return (
    <div className="divide-y divide-slate-100">
      <form onSubmit={onSubmit} noValidate className="space-y-4 px-5 py-4">
        {formError && <Alert tone="error">{formError}</Alert>}
        <RadioGroupField form={form} name="format" legend={t("format")} choices={formatChoices} columns={3} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="url" label={t("url")} hint={t("urlHint")} />
          <TextField form={form} name="description" label={t("descriptionLabel")} hint={t("descriptionHint")} />
        </div>
        <fieldset aria-describedby={eventsError ? "events-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("events")}</legend>
          <div className="mt-2 space-y-2">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  value={event}
                  className="mt-0.5 h-4 w-4 accent-indigo-700"
                  {...form.register("events")}
                />
                <span>
                  <code className="font-mono text-xs">{event}</code> — {labels.event(event)}
                </span>
              </label>
            ))}
          </div>
          {eventsError && (
            <p id="events-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {eventsError}
            </p>
          )}
        </fieldset>
        <div className="flex flex-wrap items-start gap-3">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("add")}
          </Button>
          <TryWebhook form={form} tryUrl={tryUrl} />
        </div>
      </form>
      {secret && (
        <div className="px-5 py-4">
          <Alert tone="success" title={t("addedTitle")}>
            <p>{t("addedBody")}</p>
            <p
              className="mt-2 break-all rounded bg-white px-2 py-1.5 font-mono text-xs text-slate-900"
              data-testid="webhook-secret"
            >
              {secret}
            </p>
          </Alert>
        </div>
      )}
    </div>
  );
}
