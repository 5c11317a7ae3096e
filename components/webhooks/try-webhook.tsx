"use client";
import { useState, useTransition } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { ServerAction } from "@/components/forms/server-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { WebhookTryResult } from "@/lib/dal/integrations/webhook-try";
import type { TCreateWebhook, TTryWebhook } from "@/lib/validations/webhooks";

type Outcome = { tone: "success" | "error"; text: string };

function describe(r: WebhookTryResult): Outcome {
  if (r.status === null) return { tone: "error", text: `No answer: ${r.answer}` };
  const said = r.answer ? `: “${r.answer}”` : "";
  return r.ok
    ? { tone: "success", text: `The receiver accepted the test message (HTTP ${r.status}${said}).` }
    : { tone: "error", text: `The receiver refused the test message (HTTP ${r.status}${said}).` };
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
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const send = () =>
    startTransition(async () => {
      setOutcome(null);
      if (!(await form.trigger(["url", "format"]))) return;
      const { url, format } = form.getValues();
      let r: Awaited<ReturnType<typeof tryUrl>>;
      try {
        r = await tryUrl({ url, format });
      } catch {
        setOutcome({ tone: "error", text: "The server could not be reached. Check your connection." });
        return;
      }
      if (r.ok) return setOutcome(describe(r.data));
      const urlError = r.fieldErrors?.url?.[0];
      if (urlError) form.setError("url", { type: "server", message: urlError }, { shouldFocus: true });
      else setOutcome({ tone: "error", text: r.error });
    });
  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" disabled={pending} onClick={send}>
        {pending ? "Sending…" : "Send a test message"}
      </Button>
      <div role="status" aria-live="polite">
        {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      </div>
    </div>
  );
}
