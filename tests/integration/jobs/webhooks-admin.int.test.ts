import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  sendTestWebhookEvent,
  setWebhookActive,
} from "@/lib/dal/integrations/webhooks";
import { tryWebhookUrl } from "@/lib/dal/integrations/webhook-try";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";

// Production setting: private and loopback addresses are refused.
beforeAll(() => {
  process.env.ALLOW_PRIVATE_URLS = "false";
});

const PUBLIC_URL = "https://93.184.215.14/hooks/actlas";

describe("managing webhooks", () => {
  it("lets an administrator create, list, disable and delete a webhook, each step audited", async () => {
    const { organizationId, admin } = await createOrganization("Admin hooks");
    const { id, secret } = await createWebhook(admin, {
      url: PUBLIC_URL,
      events: ["classification.changed", "gate.changed"],
      description: "GRC tool",
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(await listWebhooks(admin)).toMatchObject([
      {
        id,
        url: PUBLIC_URL,
        description: "GRC tool",
        active: true,
        events: ["classification.changed", "gate.changed"],
      },
    ]);
    // The listing never carries the secret after creation.
    expect(JSON.stringify(await listWebhooks(admin))).not.toContain(secret);
    await setWebhookActive(admin, id, false);
    expect(one(await listWebhooks(admin)).active).toBe(false);
    await expect(sendTestWebhookEvent(admin, id)).rejects.toMatchObject({ code: "VALIDATION" });
    await deleteWebhook(admin, id);
    expect(await listWebhooks(admin)).toEqual([]);
    const actions = (
      await db().auditEvent.findMany({ where: { organizationId, entityId: id }, orderBy: { sequence: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["webhook.create", "webhook.disable", "webhook.delete"]);
  });

  it("refuses loopback, private and metadata addresses (SSRF guard) with a message on the URL field", async () => {
    const { admin } = await createOrganization("SSRF");
    for (const url of [
      "http://127.0.0.1:8080/x",
      "http://localhost/x",
      "http://10.1.2.3/x",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/x",
      "http://[::ffff:192.168.0.1]/x",
    ]) {
      await expect(createWebhook(admin, { url, events: ["gate.changed"] }), url).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { url: ["Private and loopback addresses are not allowed."] },
      });
    }
    await expect(createWebhook(admin, { url: "ftp://example.com/x", events: ["gate.changed"] })).rejects.toThrow();
    expect(await listWebhooks(admin)).toEqual([]);
  });

  it("rejects a webhook without events", async () => {
    const { admin } = await createOrganization("Invalid");
    await expect(createWebhook(admin, { url: PUBLIC_URL, events: [] })).rejects.toThrow(/at least one event/);
  });

  it("is for administrators only", async () => {
    const { organizationId } = await createOrganization("Roles");
    for (const role of ["COMPLIANCE_OFFICER", "LEGAL", "MANAGER", "AUDITOR"] as const) {
      const member = await addMember(organizationId, role);
      await expect(createWebhook(member, { url: PUBLIC_URL, events: ["gate.changed"] })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listWebhooks(member)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("treats another organisation's webhook as not found", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const { id } = await createWebhook(b.admin, { url: PUBLIC_URL, events: ["gate.changed"] });
    await expect(setWebhookActive(a.admin, id, false)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteWebhook(a.admin, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendTestWebhookEvent(a.admin, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listWebhooks(a.admin)).toEqual([]);
    expect((await listWebhooks(b.admin))[0]).toMatchObject({ id, active: true, deliveries: [] });
  });

  it("checks that a Slack or Teams URL is one (on top of the SSRF guard), and tries no private address either", async () => {
    const { organizationId, admin } = await createOrganization("Channels");
    await expect(
      createWebhook(admin, { url: PUBLIC_URL, format: "SLACK", events: ["gate.changed"] }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { url: ["A Slack incoming-webhook URL starts with https://hooks.slack.com/"] },
    });
    const plain = "http://93.184.215.14/teams";
    await expect(createWebhook(admin, { url: plain, format: "TEAMS", events: ["gate.changed"] })).rejects.toMatchObject(
      {
        fieldErrors: { url: ["Slack and Teams webhook URLs start with https://"] },
      },
    );
    await createWebhook(admin, { url: PUBLIC_URL, format: "TEAMS", events: ["incident.created"] });
    expect(await listWebhooks(admin)).toMatchObject([{ url: PUBLIC_URL, format: "TEAMS" }]);
    await expect(tryWebhookUrl(admin, { url: "http://127.0.0.1:9/hook", format: "GENERIC" })).rejects.toMatchObject({
      fieldErrors: { url: ["Private and loopback addresses are not allowed."] },
    });
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    await expect(tryWebhookUrl(officer, { url: PUBLIC_URL, format: "TEAMS" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
