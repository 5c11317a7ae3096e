import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { keyIdOf, openWith, sealWith } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";
import { parkEarlierWebhooks } from "../jobs/park-webhooks";
import { createWebhook, sendTestWebhookEvent } from "@/lib/dal/integrations/webhooks";
import {
  listRegistryConnections,
  syncRegistryConnection,
  updateRegistryConnection,
} from "@/lib/dal/integrations/registry-sync";
import { resealStoredSecrets } from "@/lib/dal/jobs/secrets-rotation";
import { ensureSigningCertificate } from "@/lib/dal/signing/internal/identity";
import { verifyWebhookSignature } from "@/lib/net/signature";
import { one } from "../../helpers/expect-defined";
import { createOrganization } from "../../helpers/factories";
import { startMlflowStub, type MlflowStub } from "../../helpers/mlflow-stub";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { connectTo, STUB_TOKEN } from "../registry/helpers";

// Webhook signing secrets and registry tokens are stored encrypted (lib/crypto/secret-box.ts) with the key that
// tests/integration/setup.ts puts in ACTLAS_SECRETS_KEY. The receivers are loopback servers (ALLOW_PRIVATE_URLS).
const KEY = () => Buffer.from(process.env.ACTLAS_SECRETS_KEY!, "base64");
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let stub: MlflowStub;
beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = "true";
  await parkEarlierWebhooks();
  receiver = await startWebhookReceiver();
  stub = await startMlflowStub({ token: STUB_TOKEN });
});
afterAll(async () => {
  await Promise.all([receiver.stop(), stub.close()]);
});

const storedSecret = async (id: string) => (await db().webhook.findUniqueOrThrow({ where: { id } })).secret;
const storedToken = async (id: string) =>
  (await db().registryConnection.findUniqueOrThrow({ where: { id } })).authToken;

async function deliverTest(admin: Parameters<typeof sendTestWebhookEvent>[0], webhookId: string) {
  const { deliveryId } = await sendTestWebhookEvent(admin, webhookId);
  const before = receiver.received.length;
  await deliverPendingWebhooks(new Date());
  const delivery = await db().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
  return { delivery, received: receiver.received.slice(before) };
}

const verifies = (secret: string, r: { headers: Record<string, unknown>; body: string }) =>
  verifyWebhookSignature(
    secret,
    String(r.headers["x-actlas-timestamp"]),
    r.body,
    String(r.headers["x-actlas-signature"]),
  );

describe("secrets at rest", () => {
  it("stores a webhook's signing secret encrypted, and the receiver still verifies the signature with it", async () => {
    const { admin } = await createOrganization("Sealed hooks");
    const { id, secret } = await createWebhook(admin, { url: receiver.url, events: ["incident.created"] });
    const stored = await storedSecret(id);
    expect(stored).not.toContain(secret);
    expect(stored).toMatch(new RegExp(`^v1:${keyIdOf(KEY())}:`));

    const { delivery, received } = await deliverTest(admin, id);
    expect(delivery.status).toBe("DELIVERED");
    expect(received).toHaveLength(1);
    expect(verifies(secret, one(received))).toBe(true);
  });

  it("stores a registry token encrypted, never shows it, and still authenticates to the registry", async () => {
    const { admin } = await createOrganization("Sealed registry");
    const { id } = await connectTo(admin, stub.url);
    const stored = await storedToken(id);
    expect(stored).not.toContain(STUB_TOKEN);
    expect(openWith({ current: KEY(), previous: [] }, stored!, "registry.authToken")).toBe(STUB_TOKEN);
    expect(JSON.stringify(await listRegistryConnections(admin))).not.toContain("v1:");
    // The stub answers 401 to any other bearer token.
    expect((await syncRegistryConnection(admin, id)).status).toBe("success");

    // Saving the form with a blank token keeps the stored one; a new token replaces it, encrypted.
    await updateRegistryConnection(admin, {
      connectionId: id,
      name: "Production MLflow",
      baseUrl: stub.url,
      authToken: "",
      syncInterval: "manual",
    });
    expect(await storedToken(id)).toBe(stored);
    await updateRegistryConnection(admin, {
      connectionId: id,
      name: "Production MLflow",
      baseUrl: stub.url,
      authToken: "new-token",
      syncInterval: "manual",
    });
    expect(openWith({ current: KEY(), previous: [] }, (await storedToken(id))!, "registry.authToken")).toBe(
      "new-token",
    );
  });

  it("keeps legacy plaintext rows working until they are re-encrypted, then encrypts them", async () => {
    const { admin } = await createOrganization("Legacy hooks");
    const { id } = await createWebhook(admin, { url: receiver.url, events: ["incident.created"] });
    await db().webhook.update({ where: { id }, data: { secret: "whsec_legacy_plaintext" } });
    const legacy = await deliverTest(admin, id);
    expect(verifies("whsec_legacy_plaintext", one(legacy.received))).toBe(true);

    const result = await resealStoredSecrets();
    expect(result.webhooks).toBeGreaterThanOrEqual(1);
    expect(result.failed).toEqual([]);
    expect(await storedSecret(id)).toMatch(/^v1:/);
    const after = await deliverTest(admin, id);
    expect(verifies("whsec_legacy_plaintext", one(after.received))).toBe(true);
  });

  it("fails a delivery clearly when the stored secret was altered or needs a key that is not configured", async () => {
    const { admin } = await createOrganization("Broken hooks");
    const { id } = await createWebhook(admin, { url: receiver.url, events: ["incident.created"] });
    const stored = await storedSecret(id);
    await db().webhook.update({
      where: { id },
      data: { secret: `${stored.slice(0, -2)}${stored.endsWith("AA") ? "BB" : "AA"}` },
    });
    const tampered = await deliverTest(admin, id);
    expect(tampered.received).toHaveLength(0);
    expect(tampered.delivery.lastError).toMatch(/failed its integrity check/);

    await db().webhook.update({
      where: { id },
      data: { secret: sealWith({ current: randomBytes(32), previous: [] }, "whsec_x", "webhook.secret") },
    });
    const unknownKey = await deliverTest(admin, id);
    expect(unknownKey.received).toHaveLength(0);
    expect(unknownKey.delivery.lastError).toMatch(/which is not configured/);
    // Rotation reports such rows and exits non-zero; removed so the rotation test below sees only healthy rows.
    await db().webhook.delete({ where: { id } });
  });

  it("`npm run secrets:rotate` re-encrypts every stored secret with the new key, decrypting with the previous one", async () => {
    const { admin, organizationId } = await createOrganization("Rotation");
    const hook = await createWebhook(admin, { url: receiver.url, events: ["incident.created"] });
    const conn = await connectTo(admin, stub.url, { name: "Rotated MLflow" });
    await ensureSigningCertificate(organizationId);
    const next = randomBytes(32);
    const rotate = (to: string, from: string) =>
      promisify(execFile)("npm", ["run", "--silent", "secrets:rotate"], {
        env: { ...process.env, ACTLAS_SECRETS_KEY: to, ACTLAS_SECRETS_PREVIOUS_KEYS: from },
      });
    await rotate(next.toString("base64"), process.env.ACTLAS_SECRETS_KEY!);
    // The rotation covers the whole database, which later test files share: rotate back to the run's key afterwards.
    onTestFinished(() => rotate(process.env.ACTLAS_SECRETS_KEY!, next.toString("base64")).then(() => undefined));
    const rotated = { current: next, previous: [] };
    const secret = await storedSecret(hook.id);
    expect(secret.split(":")[1]).toBe(keyIdOf(next));
    expect(openWith(rotated, secret, "webhook.secret")).toBe(hook.secret);
    expect(openWith(rotated, (await storedToken(conn.id))!, "registry.authToken")).toBe(STUB_TOKEN);
    const signing = await db().signingCertificate.findUniqueOrThrow({ where: { organizationId } });
    expect(signing.privateKey.split(":")[1]).toBe(keyIdOf(next));
    expect(() => openWith(rotated, signing.privateKey, "signing.privateKey")).not.toThrow();
    // The old key alone no longer opens them.
    expect(() => openWith({ current: KEY(), previous: [] }, secret, "webhook.secret")).toThrow(/not configured/);
  });
});
