import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { WebhookEvent } from "@/lib/validations/webhook-events";

// Called inside the transaction that makes the change: a delivery row exists exactly when the change does, and the
// delivery job (lib/jobs) sends it afterwards with retries. Nothing is sent for a rolled-back change.
export async function enqueueWebhookEvent(
  tx: Tx,
  organizationId: string,
  event: WebhookEvent,
  data: Record<string, unknown>,
  // A message a periodic job offers on every run is written once per webhook under this key.
  dedupeKey?: string,
): Promise<void> {
  const hooks = await tx.webhook.findMany({
    where: { organizationId, active: true, events: { has: event } },
    select: { id: true },
  });
  if (hooks.length === 0) return;
  const payload = { event, occurredAt: new Date().toISOString(), organizationId, data } as Prisma.InputJsonValue;
  await tx.webhookDelivery.createMany({
    data: hooks.map((h) => ({ organizationId, webhookId: h.id, event, payload, dedupeKey })),
    skipDuplicates: dedupeKey !== undefined,
  });
}
