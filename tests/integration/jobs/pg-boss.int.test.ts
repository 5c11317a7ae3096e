import { testDatabaseUrl } from "../worker-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { requestReview } from "@/lib/dal/classification/review-requests";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";
import { createWebhook } from "@/lib/dal/integrations/webhooks";
import { JOBS } from "@/lib/jobs/queues";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { one } from "../../helpers/expect-defined";
import { startSmtpServer } from "../../helpers/smtp-server";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "../classification/profiles";
import { createObligation, emailOf, notificationsOf, waitFor } from "./helpers";

let runner: JobRunner | undefined;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = "true";
  receiver = await startWebhookReceiver();
  smtp = await startSmtpServer();
  // Read by lib/env on first use, which is after this hook.
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  await runner?.stop();
  await receiver.stop();
  await smtp.stop();
});

// The one test that goes through pg-boss itself (queues, workers, the in-process tick); the job functions have
// their own tests without pg-boss timing.
describe("job runner on pg-boss", () => {
  it("installs its schema in the app database, runs reminders at start, mails notifications and delivers queued webhooks within seconds", async () => {
    const { organizationId, admin } = await createOrganization("Jobs");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    await createObligation(organizationId, await createSystem(organizationId), owner.userId, 2, "Human oversight");
    await createWebhook(admin, { url: receiver.url, events: ["incident.created"] });

    runner = await startJobRunner(testDatabaseUrl(), { tickMs: 500, pollingIntervalSeconds: 0.5 });
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

    // A request for review is mailed by the every-minute e-mail queue, without waiting for the hourly reminders.
    const legal = await addMember(organizationId, "LEGAL");
    const reviewed = await createSystem(organizationId, "Chatbot");
    await storeClassificationRun(admin, { systemId: reviewed, answers: CV_SCREENING_DISPUTED });
    await requestReview(owner, { systemId: reviewed, question: "Is a person told they talk to a machine?" });
    await runner.trigger("notificationEmails");
    const legalEmail = await emailOf(legal.userId);
    const toLegal = await waitFor(async () => {
      const mails = smtp.messages.filter((m) => m.to.includes(legalEmail));
      return mails.length > 0 && mails;
    });
    expect(toLegal).toHaveLength(1);
    const schedules = await runner.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron])).toEqual(
      expect.arrayContaining(Object.values(JOBS).map((job) => [job.queue, job.cron])),
    );

    const schemas = await db().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = 'pgboss'`;
    expect(Number(one(schemas).n)).toBe(1);
  });
});
