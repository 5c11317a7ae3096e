"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";
import type { WebhookDTO } from "@/lib/dal/integrations/webhooks";
import type { TSetWebhookFormat } from "@/lib/validations/webhooks";
import { DeliveryTable } from "./delivery-table";
import { useWebhookLabels } from "./use-webhook-labels";
import { WebhookFormatForm } from "./webhook-format-form";

type WebhookRef = { webhookId: string };
type Props = {
  webhooks: WebhookDTO[];
  sendTest: ServerAction<WebhookRef>;
  setActive: ServerAction<WebhookRef & { active: boolean }>;
  remove: ServerAction<WebhookRef>;
  setFormat: ServerAction<TSetWebhookFormat, null>;
};

export function WebhookList({ webhooks, sendTest, setActive, remove, setFormat }: Props) {
  const t = useTranslations("Webhooks");
  const labels = useWebhookLabels();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const run = (action: () => Promise<ActionResult<unknown>>, success: string) =>
    startTransition(async () => {
      const r = await action();
      setMessage(r.ok ? { tone: "success", text: success } : { tone: "error", text: r.error });
    });
  if (webhooks.length === 0) return <p className="px-5 py-6 text-sm text-slate-600">{t("none")}</p>;
  return (
    <div>
      {message && (
        <div className="px-5 pt-4">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      <ul className="divide-y divide-slate-200">
        {webhooks.map((hook) => {
          const name = hook.description || hook.url;
          return (
            <li key={hook.id} className="space-y-3 px-5 py-5">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="break-all font-mono text-sm text-slate-900">{hook.url}</span>
                    <Badge>{labels.format(hook.format)}</Badge>
                    {hook.active ? <Badge tone="green">{t("active")}</Badge> : <Badge>{t("disabled")}</Badge>}
                  </p>
                  {hook.description && <p className="text-sm text-slate-700">{hook.description}</p>}
                  <p className="text-xs text-slate-600">{t("eventsList", { events: hook.events.join(", ") })}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button
                    variant="secondary"
                    disabled={pending || !hook.active}
                    onClick={() => run(() => sendTest({ webhookId: hook.id }), t("testQueued"))}
                  >
                    {t("sendTestEvent")}
                    <span className="sr-only"> {t("toName", { name })}</span>
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={pending}
                    onClick={() =>
                      run(
                        () => setActive({ webhookId: hook.id, active: !hook.active }),
                        hook.active ? t("wasDisabled") : t("wasEnabled"),
                      )
                    }
                  >
                    {hook.active ? t("disable") : t("enable")}
                    <span className="sr-only"> {name}</span>
                  </Button>
                  <Button
                    variant="ghost"
                    className="text-red-700"
                    disabled={pending}
                    onClick={() => {
                      if (window.confirm(t("confirmDelete", { name })))
                        run(() => remove({ webhookId: hook.id }), t("deleted"));
                    }}
                  >
                    {t("delete")}
                    <span className="sr-only"> {name}</span>
                  </Button>
                </div>
              </div>
              <WebhookFormatForm webhookId={hook.id} format={hook.format} name={name} action={setFormat} />
              <DeliveryTable deliveries={hook.deliveries} label={t("recentDeliveries", { name })} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
