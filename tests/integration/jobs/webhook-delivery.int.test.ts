import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { BACKOFF_SECONDS, deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";
import { createWebhook, listWebhooks, sendTestWebhookEvent, setWebhookActive } from "@/lib/dal/integrations/webhooks";
import { verifyWebhookSignature } from "@/lib/net/signature";
import type { WebhookEvent } from "@/lib/validations/webhook-events";
import { one } from "../../helpers/expect-defined";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { createOrganization } from "../../helpers/factories";
import { parkEarlierWebhooks } from "./park-webhooks";

// The receivers listen on 127.0.0.1, which production refuses (see url-guard tests).
beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = "true";
  await parkEarlierWebhooks();
});

const receivers: { stop: () => Promise<void> }[] = [];
afterAll(() => Promise.all(receivers.map((r) => r.stop())));
async function receiver(status?: () => number) {
  const r = await startWebhookReceiver(status);
  receivers.push(r);
  return r;
}

const emit = (organizationId: string, event: WebhookEvent, data: Record<string, unknown>) =>
  db().$transaction((tx) => enqueueWebhookEvent(tx, organizationId, event, data));

describe("webhook delivery", () => {
  it("POSTs the event with a signature the receiver can verify with its secret", async () => {
    const { organizationId, admin } = await createOrganization("Hooks");
    const r = await receiver();
    const { secret } = await createWebhook(admin, {
      url: r.url,
      events: ["classification.changed"],
      description: "GRC",
    });

    await emit(organizationId, "classification.changed", { systemId: "sys_1", after: { tier: "HIGH" } });
    const result = await deliverPendingWebhooks(new Date());

    expect(result.delivered).toBeGreaterThanOrEqual(1);
    expect(r.received).toHaveLength(1);
    const { headers, body } = one(r.received, 0, "delivered webhook");
    expect(headers["x-actlas-event"]).toBe("classification.changed");
    expect(headers["content-type"]).toBe("application/json");
    expect(
      verifyWebhookSignature(
        secret,
        String(headers["x-actlas-timestamp"]),
        body,
        String(headers["x-actlas-signature"]),
      ),
    ).toBe(true);
    expect(
      verifyWebhookSignature(
        "whsec_wrong",
        String(headers["x-actlas-timestamp"]),
        body,
        String(headers["x-actlas-signature"]),
      ),
    ).toBe(false);
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({
      id: headers["x-actlas-delivery"],
      event: "classification.changed",
      organizationId,
      data: { systemId: "sys_1", after: { tier: "HIGH" } },
    });

    const hook = one(await listWebhooks(admin), 0, "webhook");
    expect(one(hook.deliveries)).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 200 });
    // Nothing is sent twice.
    await deliverPendingWebhooks(new Date());
    expect(r.received).toHaveLength(1);
  });

  it("retries a failing receiver with backoff (30 s, 2 min, 10 min, 1 h, 6 h) and then marks the delivery FAILED", async () => {
    const { admin } = await createOrganization("Flaky");
    const r = await receiver(() => 503);
    const hook = await createWebhook(admin, { url: r.url, events: ["incident.created"] });
    const { deliveryId } = await sendTestWebhookEvent(admin, hook.id);
    const row = () => db().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });

    let now = new Date();
    await deliverPendingWebhooks(now);
    for (const [i, seconds] of BACKOFF_SECONDS.entries()) {
      const d = await row();
      expect(d).toMatchObject({ status: "PENDING", attempts: i + 1, lastStatusCode: 503 });
      expect(d.nextAttemptAt.getTime() - now.getTime()).toBe(seconds * 1000);
      // Not due yet one second before the backoff ends.
      await deliverPendingWebhooks(new Date(d.nextAttemptAt.getTime() - 1000));
      expect((await row()).attempts).toBe(i + 1);
      now = d.nextAttemptAt;
      await deliverPendingWebhooks(now);
    }
    expect(await row()).toMatchObject({ status: "FAILED", attempts: BACKOFF_SECONDS.length + 1 });
    expect(r.received).toHaveLength(BACKOFF_SECONDS.length + 1);
    expect(one(r.received).headers["x-actlas-event"]).toBe("webhook.test");
  });

  it("records a receiver that cannot be reached as a failed attempt with the reason", async () => {
    const { admin } = await createOrganization("Down");
    const r = await receiver();
    const hook = await createWebhook(admin, { url: r.url, events: ["gate.changed"] });
    await r.stop();
    const { deliveryId } = await sendTestWebhookEvent(admin, hook.id);
    await deliverPendingWebhooks(new Date());
    const d = await db().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(d).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null });
    expect(d.lastError).not.toBe("");
  });

  it("sends nothing to a disabled webhook, and only subscribed events", async () => {
    const { organizationId, admin } = await createOrganization("Disabled");
    const off = await receiver();
    const other = await receiver();
    const hook = await createWebhook(admin, { url: off.url, events: ["gate.changed"] });
    await createWebhook(admin, { url: other.url, events: ["incident.created"] });
    await emit(organizationId, "gate.changed", { systemId: "s", gate: "fail" });
    await setWebhookActive(admin, hook.id, false);
    await emit(organizationId, "gate.changed", { systemId: "s", gate: "pass" });

    await deliverPendingWebhooks(new Date());
    expect(off.received).toEqual([]);
    expect(other.received).toEqual([]);
    // The event queued before disabling waits and goes out once it is enabled again.
    await setWebhookActive(admin, hook.id, true);
    await deliverPendingWebhooks(new Date());
    expect(off.received.map((x) => JSON.parse(x.body).data.gate)).toEqual(["fail"]);
  });

  it("never sends one organisation's events to another organisation's webhook", async () => {
    const a = await createOrganization("Tenant A");
    const b = await createOrganization("Tenant B");
    const ra = await receiver();
    const rb = await receiver();
    await createWebhook(a.admin, { url: ra.url, events: ["incident.created"] });
    await createWebhook(b.admin, { url: rb.url, events: ["incident.created"] });

    await emit(b.organizationId, "incident.created", { incidentId: "inc_b" });
    await deliverPendingWebhooks(new Date());

    expect(ra.received).toEqual([]);
    expect(rb.received.map((x) => JSON.parse(x.body).organizationId)).toEqual([b.organizationId]);
  });
});
