import "server-only";
import { db } from "@/lib/db/client";
import { fetchErrorMessage, guardedFetch } from "@/lib/net/guarded-fetch";
import { assertPublicUrl } from "@/lib/net/url-guard";
import { openSecret } from "@/lib/crypto/secrets";
import { signWebhookBody } from "@/lib/net/signature";
import { env } from "@/lib/env";
import type { EventPayload } from "@/lib/webhooks/message";
import { renderDeliveryBody } from "@/lib/webhooks/render";
import { asDocumentLocale } from "@/lib/dal/core/document-locale";

// SYSTEM-LEVEL, NO ACTOR: the delivery job sends the outbox rows of all organisations. Each row is sent only to the
// webhook it was written for, which belongs to the same organisation (enqueueWebhookEvent filters by organisation).

// After the n-th failed attempt the next one waits BACKOFF_SECONDS[n-1]; after the last, the delivery is FAILED.
export const BACKOFF_SECONDS = [30, 120, 600, 3600, 6 * 3600] as const;
const TIMEOUT_MS = 10_000;
// A claimed row is pushed this far into the future, so that a second worker does not send it at the same time;
// if this process dies mid-send, the row simply becomes due again.
const LEASE_MS = 60_000;
const BATCH = 50;
const PARALLEL = 8;

export type DeliveryRunResult = { delivered: number; retried: number; failed: number };
type Outcome = "delivered" | "retried" | "failed";

type DueDelivery = {
  id: string;
  event: string;
  payload: unknown;
  attempts: number;
  webhook: {
    url: string;
    secret: string;
    format: "GENERIC" | "SLACK" | "TEAMS";
    organization: { documentLocale: string };
  };
};

export async function deliverPendingWebhooks(now: Date = new Date()): Promise<DeliveryRunResult> {
  const due = await db().webhookDelivery.findMany({
    // A disabled webhook gets nothing; its pending rows wait and go out if it is enabled again.
    where: { status: "PENDING", nextAttemptAt: { lte: now }, webhook: { active: true } },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
    select: {
      id: true,
      event: true,
      payload: true,
      attempts: true,
      webhook: {
        select: { url: true, secret: true, format: true, organization: { select: { documentLocale: true } } },
      },
    },
  });
  const result: DeliveryRunResult = { delivered: 0, retried: 0, failed: 0 };
  for (let i = 0; i < due.length; i += PARALLEL) {
    const outcomes = await Promise.all(due.slice(i, i + PARALLEL).map((d) => deliverOne(d, now)));
    for (const o of outcomes) if (o) result[o]++;
  }
  return result;
}

async function deliverOne(d: DueDelivery, now: Date): Promise<Outcome | null> {
  const claimed = await db().webhookDelivery.updateMany({
    where: { id: d.id, status: "PENDING", attempts: d.attempts },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
  });
  if (claimed.count === 0) return null;
  const attempt = d.attempts + 1;
  const { statusCode, error } = await send(d, now);
  if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
    await db().webhookDelivery.update({
      where: { id: d.id },
      data: { status: "DELIVERED", deliveredAt: new Date(), lastStatusCode: statusCode, lastError: "" },
    });
    return "delivered";
  }
  // Past the last back-off step there is no next attempt.
  const backoffSeconds = BACKOFF_SECONDS[attempt - 1];
  const giveUp = backoffSeconds === undefined;
  await db().webhookDelivery.update({
    where: { id: d.id },
    data: {
      status: giveUp ? "FAILED" : "PENDING",
      lastStatusCode: statusCode,
      lastError: (error ?? `Receiver answered HTTP ${statusCode}`).slice(0, 500),
      nextAttemptAt: giveUp ? now : new Date(now.getTime() + backoffSeconds * 1000),
    },
  });
  return giveUp ? "failed" : "retried";
}

async function send(d: DueDelivery, now: Date): Promise<{ statusCode: number | null; error?: string }> {
  try {
    // Checked again at send time for a readable error; guardedFetch checks the address it actually connects to.
    const url = await assertPublicUrl(d.webhook.url);
    // Decrypted only for signing; a value that fails to decrypt (wrong key, altered row) fails this attempt clearly.
    const secret = openSecret(d.webhook.secret, "webhook.secret");
    // Slack and Teams messages link back to the app at the address it is served at.
    const body = renderDeliveryBody(
      d.webhook.format,
      { id: d.id, payload: d.payload as EventPayload },
      env().NEXTAUTH_URL ?? "http://localhost:3000",
      asDocumentLocale(d.webhook.organization.documentLocale),
    );
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const response = await guardedFetch(url, {
      method: "POST",
      // Redirects are not followed: they could point the request at an address the guard would refuse.
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Actlas-Webhooks/1",
        "X-Actlas-Event": d.event,
        "X-Actlas-Delivery": d.id,
        "X-Actlas-Timestamp": timestamp,
        "X-Actlas-Signature": signWebhookBody(secret, timestamp, body),
      },
      body,
    });
    await response.body?.cancel();
    return { statusCode: response.status };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { statusCode: null, error: timedOut ? "No answer within 10 seconds" : fetchErrorMessage(error) };
  }
}
