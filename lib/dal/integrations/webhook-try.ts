import "server-only";
import type { Actor } from "@/lib/access/actor";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fetchErrorMessage, guardedFetch } from "@/lib/net/guarded-fetch";
import { ZTryWebhook, type TTryWebhook } from "@/lib/validations/webhooks";
import { renderDeliveryBody } from "@/lib/webhooks/render";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";
import { documentLocaleOf } from "@/lib/dal/core/document-locale";
import { isOverLimit, limitKey, rateLimiter } from "@/lib/dal/core/rate-limiter";
import { assertWebhookUrl } from "@/lib/dal/integrations/internal/webhook-url";
import { TEST_EVENT } from "@/lib/dal/integrations/webhooks";

export type WebhookTryResult = { ok: boolean; status: number | null; answer: string };

const TIMEOUT_MS = 10_000;
const ANSWER_CHARS = 200;
// Each try makes the server POST to a typed URL at once: a few per minute are plenty for setting up a channel.
const LIMIT = { points: 10, durationSeconds: 60 };

// Posts a sample message in the chosen format to a URL before it is saved, and reports what the receiver answered
// (Slack answers "ok" or an error word such as invalid_payload; Teams answers 202). The same URL guard as saved
// webhooks; nothing is stored. A generic sample is unsigned: the secret only exists once the webhook is saved.
export async function tryWebhookUrl(actor: Actor, raw: TTryWebhook): Promise<WebhookTryResult> {
  const member = await authorize(actor, "integration.manage");
  const input = ZTryWebhook.parse(raw);
  try {
    await rateLimiter("webhook-try", LIMIT).consume(limitKey(member.organizationId, member.userId));
  } catch (error) {
    if (isOverLimit(error)) throw new AppError("RATE_LIMITED", "Too many test messages. Try again in a minute.");
    throw error;
  }
  const url = await assertWebhookUrl(input.url, input.format);
  const payload = {
    event: TEST_EVENT,
    occurredAt: new Date().toISOString(),
    organizationId: member.organizationId,
    data: { message: "Test message from Actlas", requestedBy: member.actorLabel },
  };
  const body = renderDeliveryBody(
    input.format,
    { id: "test", payload },
    env().NEXTAUTH_URL ?? "http://localhost:3000",
    await documentLocaleOf(db(), member.organizationId),
  );
  try {
    const response = await guardedFetch(url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { "Content-Type": "application/json", "User-Agent": "Actlas-Webhooks/1", "X-Actlas-Event": TEST_EVENT },
      body,
    });
    const answer = await firstChars(response);
    return { ok: response.status >= 200 && response.status < 300, status: response.status, answer };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { ok: false, status: null, answer: timedOut ? "No answer within 10 seconds" : fetchErrorMessage(error) };
  }
}

// Only the start of the answer is read: a receiver could stream without end.
async function firstChars(response: Awaited<ReturnType<typeof guardedFetch>>): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < ANSWER_CHARS * 4) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel();
  return Buffer.concat(chunks).toString("utf8").slice(0, ANSWER_CHARS).trim();
}
