import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";
import { createWebhook } from "@/lib/dal/integrations/webhooks";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { one } from "../../helpers/expect-defined";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { createObligation, notificationsOf, waitFor } from "./helpers";

let runner: JobRunner | undefined;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = "true";
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await runner?.stop();
  await receiver.stop();
});

// The one test that goes through pg-boss itself (queues, workers, the in-process tick); the job functions have
// their own tests without pg-boss timing.
describe("job runner on pg-boss", () => {
  it("installs its schema in the app database, runs reminders at start and delivers queued webhooks within seconds", async () => {
    const { organizationId, admin } = await createOrganization("Jobs");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    await createObligation(organizationId, await createSystem(organizationId), owner.userId, 2, "Human oversight");
    await createWebhook(admin, { url: receiver.url, events: ["incident.created"] });

    runner = await startJobRunner(inject("databaseUrl"), { tickMs: 500, pollingIntervalSeconds: 0.5 });
    const reminder = one(
      await waitFor(async () => {
        const rows = await notificationsOf(owner.userId);
        return rows.length > 0 && rows;
      }),
    );
    expect(reminder.title).toContain("Human oversight");

    await db().$transaction((tx) =>
      enqueueWebhookEvent(tx, organizationId, "incident.created", { incidentId: "inc_1" }),
    );
    const hit = one(await waitFor(async () => receiver.received.length > 0 && receiver.received));
    expect(JSON.parse(hit.body)).toMatchObject({ event: "incident.created", data: { incidentId: "inc_1" } });

    const schemas = await db().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = 'pgboss'`;
    expect(Number(one(schemas).n)).toBe(1);
  });
});
