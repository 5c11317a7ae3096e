"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { z } from "zod";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { WebhookTryResult } from "@/lib/dal/integrations/webhook-try";
import { ZTryWebhook, type TCreateWebhook, type TTryWebhook } from "@/lib/validations/webhooks";

type Outcome = { tone: "success" | "error"; text: string };

function describe(r: WebhookTryResult, t: ReturnType<typeof useTranslations<"Webhooks">>): Outcome {
  if (r.status === null) return { tone: "error", text: t("noAnswer", { answer: r.answer }) };
  const values = { status: r.status, answer: r.answer ?? "" };
  if (r.ok) return { tone: "success", text: r.answer ? t("acceptedSaid", values) : t("accepted", values) };
  return { tone: "error", text: r.answer ? t("refusedSaid", values) : t("refused", values) };
}

// Posts a sample in the chosen format to the URL as typed, before it is saved, and shows the receiver's answer next
// to the form: a wrong Slack or Teams URL shows up here rather than as failed deliveries later.
export function TryWebhook({
  form,
  tryUrl,
}: {
  form: UseFormReturn<TCreateWebhook>;
  tryUrl: ServerAction<TTryWebhook, WebhookTryResult>;
}) {
  const t = useTranslations("Webhooks");
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const send = async () => {
    setOutcome(null);
    // Checked here with the action's own schema, so a bad URL is named next to its field before anything is sent.
    const parsed = ZTryWebhook.safeParse(form.getValues());
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error);
      const message = fieldErrors.url?.[0] ?? fieldErrors.format?.[0] ?? t("checkUrl");
      form.setError(fieldErrors.url ? "url" : "format", { type: "manual", message }, { shouldFocus: true });
      return;
    }
    form.clearErrors("url");
    setPending(true);
    try {
      const r = await tryUrl(parsed.data);
      if (r.ok) setOutcome(describe(r.data, t));
      else if (r.fieldErrors?.url?.[0])
        form.setError("url", { type: "server", message: r.fieldErrors.url[0] }, { shouldFocus: true });
      else setOutcome({ tone: "error", text: r.error });
    } catch {
      setOutcome({ tone: "error", text: t("unreachable") });
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" disabled={pending} onClick={() => void send()}>
        {pending ? t("sending") : t("sendTestMessage")}
      </Button>
      {/* The alert announces itself: a status when accepted, an alert when refused. */}
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
    </div>
  );
}
