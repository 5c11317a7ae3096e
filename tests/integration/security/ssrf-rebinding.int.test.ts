import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";
import { createWebhook, sendTestWebhookEvent } from "@/lib/dal/integrations/webhooks";
import { syncRegistryConnection } from "@/lib/dal/integrations/registry-sync";
import { createOrganization } from "../../helpers/factories";
import { startMlflowStub, type MlflowStub } from "../../helpers/mlflow-stub";
import { startRebindingDns, type RebindingDnsServer } from "../../helpers/rebinding-dns";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { parkEarlierWebhooks } from "../jobs/park-webhooks";
import { connectTo } from "../registry/helpers";

// DNS rebinding: the attacker's name server answers a public address while Actlas checks the URL and 127.0.0.1
// when Actlas connects. The local servers below stand for the server's own network; they must never be reached.
const PUBLIC = "93.184.215.14";
let dns: RebindingDnsServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let stub: MlflowStub;

beforeAll(async () => {
  dns = await startRebindingDns();
  // Production setting: no private addresses; names are resolved by the attacker-controlled server. Set before the
  // first database call, which reads (and keeps) the environment.
  process.env.ALLOW_PRIVATE_URLS = "false";
  process.env.DNS_SERVERS = dns.address;
  await parkEarlierWebhooks();
  receiver = await startWebhookReceiver();
  stub = await startMlflowStub();
});
afterAll(async () => {
  // Later test files deliver every pending row of the shared database: this one's names resolve nowhere after this.
  await db().webhook.updateMany({ where: { url: { contains: ".rebind.test" } }, data: { active: false } });
  await Promise.all([dns.stop(), receiver.stop(), stub.close()]);
  delete process.env.DNS_SERVERS;
});

const portOf = (url: string) => new URL(url).port;

describe("SSRF guard against DNS rebinding", () => {
  it("a webhook whose name turns into 127.0.0.1 after the check is not delivered to the local server", async () => {
    const { admin } = await createOrganization("Rebind hooks");
    const host = "hooks.rebind.test";
    dns.answer(host, PUBLIC);
    const hook = await createWebhook(admin, {
      url: `http://${host}:${portOf(receiver.url)}/hook`,
      events: ["incident.created"],
    });
    const { deliveryId } = await sendTestWebhookEvent(admin, hook.id);
    const before = dns.aQueries(host);
    dns.answer(host, PUBLIC, "127.0.0.1");

    await deliverPendingWebhooks(new Date());

    expect(receiver.received).toHaveLength(0);
    // The connection itself asked the name server (after the check) and refused the loopback answer.
    expect(dns.aQueries(host) - before).toBeGreaterThanOrEqual(2);
    const delivery = await db().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null });
    expect(delivery.lastError).toMatch(/private or loopback address/);
  });

  it("a model registry whose name turns into 127.0.0.1 after the check is never called", async () => {
    const { admin } = await createOrganization("Rebind registry");
    const host = "mlflow.rebind.test";
    dns.answer(host, PUBLIC);
    const { id } = await connectTo(admin, `http://${host}:${portOf(stub.url)}`);
    dns.answer(host, PUBLIC, "127.0.0.1");

    const summary = await syncRegistryConnection(admin, id);

    expect(stub.requests).toEqual([]);
    expect(summary.status).toBe("error");
    expect(summary.errors.join("\n")).toMatch(/private or loopback address/);
  });
});
