import "server-only";
import type { Actor } from "@/lib/access/actor";
import { randomSecret } from "@/lib/crypto";
import { sealSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { WebhookFormat } from "@/lib/validations/webhook-events";
import { ZCreateWebhook, type TCreateWebhook } from "@/lib/validations/webhooks";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { assertWebhookUrl } from "@/lib/dal/integrations/internal/webhook-url";

export type WebhookDeliveryDTO = {
  id: string;
  event: string;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string;
  createdAt: string;
  nextAttemptAt: string;
};
export type WebhookDTO = {
  id: string;
  url: string;
  description: string;
  events: string[];
  format: WebhookFormat;
  active: boolean;
  createdAt: string;
  deliveries: WebhookDeliveryDTO[];
};

// A delivery to test a receiver; not one of the subscribable events, so it is sent to this one webhook only.
export const TEST_EVENT = "webhook.test";
const RECENT_DELIVERIES = 10;

export async function listWebhooks(actor: Actor): Promise<WebhookDTO[]> {
  const member = await authorize(actor, "integration.manage");
  const hooks = await db().webhook.findMany({
    where: { organizationId: member.organizationId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      format: true,
      active: true,
      createdAt: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: RECENT_DELIVERIES,
        select: {
          id: true,
          event: true,
          status: true,
          attempts: true,
          lastStatusCode: true,
          lastError: true,
          createdAt: true,
          nextAttemptAt: true,
        },
      },
    },
  });
  return hooks.map((h) => ({
    ...h,
    createdAt: h.createdAt.toISOString(),
    deliveries: h.deliveries.map((d) => ({
      ...d,
      createdAt: d.createdAt.toISOString(),
      nextAttemptAt: d.nextAttemptAt.toISOString(),
    })),
  }));
}

// Returns the secret once. Every delivery is signed with it, so it cannot be hashed like a password: the row holds it
// encrypted with ACTLAS_SECRETS_KEY (lib/crypto/secret-box.ts).
export async function createWebhook(actor: Actor, raw: TCreateWebhook): Promise<{ id: string; secret: string }> {
  const member = await authorize(actor, "integration.manage");
  const input = ZCreateWebhook.parse(raw);
  await assertWebhookUrl(input.url, input.format);
  const secret = `whsec_${randomSecret(24)}`;
  return db().$transaction(async (tx) => {
    const hook = await tx.webhook.create({
      data: {
        organizationId: member.organizationId,
        url: input.url,
        description: input.description,
        events: input.events,
        format: input.format,
        secret: sealSecret(secret, "webhook.secret"),
        createdById: member.userId,
      },
    });
    await writeAudit(tx, member, {
      action: "webhook.create",
      entityType: "Webhook",
      entityId: hook.id,
      after: { url: hook.url, format: hook.format, events: hook.events, description: hook.description },
    });
    return { id: hook.id, secret };
  });
}

export async function setWebhookActive(actor: Actor, webhookId: string, active: boolean): Promise<void> {
  const member = await authorize(actor, "integration.manage");
  await db().$transaction(async (tx) => {
    const { count } = await tx.webhook.updateMany({
      where: { id: webhookId, organizationId: member.organizationId },
      data: { active },
    });
    if (count === 0) throw notFound("webhook");
    await writeAudit(tx, member, {
      action: active ? "webhook.enable" : "webhook.disable",
      entityType: "Webhook",
      entityId: webhookId,
      after: { active },
    });
  });
}

export async function deleteWebhook(actor: Actor, webhookId: string): Promise<void> {
  const member = await authorize(actor, "integration.manage");
  await db().$transaction(async (tx) => {
    const hook = await tx.webhook.findFirst({
      where: { id: webhookId, organizationId: member.organizationId },
      select: { url: true, events: true },
    });
    if (!hook) throw notFound("webhook");
    await tx.webhook.delete({ where: { id: webhookId } });
    await writeAudit(tx, member, {
      action: "webhook.delete",
      entityType: "Webhook",
      entityId: webhookId,
      before: hook,
    });
  });
}

export async function sendTestWebhookEvent(actor: Actor, webhookId: string): Promise<{ deliveryId: string }> {
  const member = await authorize(actor, "integration.manage");
  return db().$transaction(async (tx) => {
    const hook = await tx.webhook.findFirst({
      where: { id: webhookId, organizationId: member.organizationId },
      select: { id: true, active: true },
    });
    if (!hook) throw notFound("webhook");
    if (!hook.active) throw new AppError("VALIDATION", "Enable this webhook before sending a test event.");
    const payload = {
      event: TEST_EVENT,
      occurredAt: new Date().toISOString(),
      organizationId: member.organizationId,
      data: { message: "Test event from Actlas", requestedBy: member.actorLabel },
    };
    const delivery = await tx.webhookDelivery.create({
      data: { organizationId: member.organizationId, webhookId: hook.id, event: TEST_EVENT, payload },
    });
    await writeAudit(tx, member, {
      action: "webhook.test",
      entityType: "Webhook",
      entityId: hook.id,
      after: { deliveryId: delivery.id },
    });
    return { deliveryId: delivery.id };
  });
}
