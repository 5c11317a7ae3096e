import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { createWebhook, sendTestWebhookEvent } from "@/lib/dal/integrations/webhooks";
import { deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";
import { one } from "../../helpers/expect-defined";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { addMember, createOrganization } from "../../helpers/factories";
import { parkEarlierWebhooks } from "./park-webhooks";

// Changing a saved webhook's format (Generic JSON / Slack / Teams) through the settings form's own server action
// (session → zod → DAL → database; only the Next.js request context is stubbed): the next delivery is in the new
// format, the change is audited, and nobody but the organisation's administrators can change it (the URL check for
// the new format: webhook-format-url.int.test.ts, with private addresses refused).
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setWebhookFormatAction } = await import("@/app/(app)/settings/webhooks/actions");

beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = "true";
  process.env.NEXTAUTH_URL = "https://actlas.test";
  await parkEarlierWebhooks();
});
let stop: () => Promise<void> = async () => undefined;
afterAll(() => stop());

describe("changing a webhook's format", () => {
  it("sends the next delivery in the new format and audits the change", async () => {
    const { organizationId, admin } = await createOrganization("Format change");
    const receiver = await startWebhookReceiver(() => 202);
    stop = receiver.stop;
    const { id } = await createWebhook(admin, { url: receiver.url, events: ["incident.created"] });
    session.actor = admin;
    expect(await setWebhookFormatAction({ webhookId: id, format: "TEAMS" })).toMatchObject({ ok: true });
    await sendTestWebhookEvent(admin, id);
    await deliverPendingWebhooks(new Date());
    const body = JSON.parse(one(receiver.received).body) as { type?: string; attachments?: unknown[] };
    expect(body.type).toBe("message");
    expect(body.attachments).toHaveLength(1);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, entityId: id, action: "webhook.format" },
    });
    expect(audit).toMatchObject({ before: { format: "GENERIC" }, after: { format: "TEAMS" } });
  });

  it("refuses another organisation's webhook and a member who is not an administrator", async () => {
    const a = await createOrganization("Format A");
    const b = await createOrganization("Format B");
    const { id } = await createWebhook(a.admin, { url: "http://127.0.0.1:9/x", events: ["gate.changed"] });
    session.actor = b.admin;
    expect(await setWebhookFormatAction({ webhookId: id, format: "SLACK" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    session.actor = await addMember(a.organizationId, "COMPLIANCE_OFFICER");
    expect(await setWebhookFormatAction({ webhookId: id, format: "SLACK" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await setWebhookFormatAction({ webhookId: id, format: "XML" as "SLACK" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await db().webhook.findUniqueOrThrow({ where: { id } })).toMatchObject({ format: "GENERIC" });
  });
});
