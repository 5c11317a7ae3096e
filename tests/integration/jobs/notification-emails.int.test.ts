import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateMyNotificationPrefs } from "@/lib/dal/accounts/notifications";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { requestReview } from "@/lib/dal/classification/review-requests";
import { sendNotificationEmails } from "@/lib/dal/jobs/notification-emails";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { DEFAULT_PREFS } from "@/lib/validations/notifications";
import { one } from "../../helpers/expect-defined";
import { decodeQuotedPrintable, startSmtpServer } from "../../helpers/smtp-server";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "../classification/profiles";
import { emailOf, notificationsOf } from "./helpers";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
// While true, the SMTP server refuses every message (a full mailbox, a server that is down).
let refusing = false;

beforeAll(async () => {
  smtp = await startSmtpServer({ refuse: () => refusing });
  // Read by lib/env on first use, which is after this hook.
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "https://actlas.test";
  process.env.MAIL_FROM = "Actlas <reminders@actlas.test>";
});
afterAll(() => smtp.stop());

async function mailsOf(actor: { userId: string }) {
  const email = await emailOf(actor.userId);
  return smtp.messages.filter((m) => m.to.includes(email)).map((m) => decodeQuotedPrintable(m.raw));
}

async function classifiedSystem(name: string) {
  const { organizationId, admin } = await createOrganization(name);
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const systemId = await createSystem(organizationId, name);
  await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
  return { organizationId, admin, officer, systemId };
}

// The notification e-mail job runs every minute, apart from the hourly reminder run, so that a request addressed
// to a person reaches them within a minute or two instead of at the next hour.
describe("notification e-mail job", () => {
  it("mails legal a request for review on its own, without a reminder run", async () => {
    const { organizationId, officer, systemId } = await classifiedSystem("Minute mail");
    const legal = await addMember(organizationId, "LEGAL");

    await requestReview(officer, { systemId, question: "Is the chatbot a deployer's system?" });
    const result = await sendNotificationEmails(new Date());

    const mail = one(await mailsOf(legal), 0, "the request mailed to legal");
    expect(mail).toMatch(/^Subject: \[Actlas\] Legal review requested: Minute mail/m);
    expect(mail).toContain("Is the chatbot a deployer's system?");
    expect(result.emailed).toBeGreaterThanOrEqual(1);
    const [row] = await notificationsOf(legal.userId);
    expect(row?.emailedAt).not.toBeNull();
    // The next minute has nothing left to send to legal.
    await sendNotificationEmails(new Date());
    expect(await mailsOf(legal)).toHaveLength(1);
  });

  it("sends one e-mail per notification when two runs overlap (two app instances, or the hourly run)", async () => {
    const { organizationId, officer, systemId } = await classifiedSystem("Overlap");
    const lawyers = await Promise.all([1, 2, 3].map(() => addMember(organizationId, "LEGAL")));

    await requestReview(officer, { systemId, question: "Who reads the scores?" });
    await Promise.all([sendNotificationEmails(new Date()), sendNotificationEmails(new Date())]);

    for (const lawyer of lawyers) expect(await mailsOf(lawyer)).toHaveLength(1);
  });

  it("settles what a member switched off for e-mail, so that the next runs do not read it again", async () => {
    const { organizationId, officer, systemId } = await classifiedSystem("Quiet legal");
    const quiet = await addMember(organizationId, "LEGAL");
    await updateMyNotificationPrefs(quiet, { ...DEFAULT_PREFS, review_requested: { inApp: true, email: false } });

    await requestReview(officer, { systemId, question: "Is this emotion recognition?" });
    await sendNotificationEmails(new Date());

    expect(await mailsOf(quiet)).toEqual([]);
    const row = one(await notificationsOf(quiet.userId), 0, "the in-app request");
    // Out of the unsent-mail index: switching e-mail back on later does not mail old requests either.
    expect(row.emailedAt).not.toBeNull();
    await updateMyNotificationPrefs(quiet, DEFAULT_PREFS);
    await sendNotificationEmails(new Date());
    expect(await mailsOf(quiet)).toEqual([]);
  });

  it("puts a notification back when its e-mail fails, and sends it on a later run", async () => {
    const { organizationId, officer, systemId } = await classifiedSystem("Retry");
    const legal = await addMember(organizationId, "LEGAL");
    await requestReview(officer, { systemId, question: "Is a human in the loop?" });

    refusing = true;
    try {
      const failed = await sendNotificationEmails(new Date());
      expect(failed.emailFailures).toBeGreaterThanOrEqual(1);
    } finally {
      refusing = false;
    }
    expect(one(await notificationsOf(legal.userId)).emailedAt).toBeNull();

    await sendNotificationEmails(new Date());
    expect(await mailsOf(legal)).toHaveLength(1);
  });

  it("leaves older unsent mail to the hourly run, which retries it for a day and then gives it up", async () => {
    const { organizationId } = await createOrganization("Backlog");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const note = (title: string, minutesAgo: number) => ({
      organizationId,
      userId: owner.userId,
      kind: "obligation_due",
      title,
      href: "/obligations",
      dedupeKey: `test:${title}`,
      createdAt: at(minutesAgo),
    });
    await db().notification.createMany({
      data: [note("Half an hour old", 30), note("Two days old", 2 * 24 * 60)],
    });

    await sendNotificationEmails(new Date());
    expect(await mailsOf(owner)).toEqual([]);

    await runReminders(new Date());
    const mail = one(await mailsOf(owner), 0, "the hourly run's retry");
    expect(mail).toContain("Half an hour old");
    expect(mail).not.toContain("Two days old");
    const rows = await notificationsOf(owner.userId);
    expect(rows.every((r) => r.emailedAt)).toBe(true);
  });

  it("finds unsent notifications through the partial index", async () => {
    const indexes = await db().$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE tablename = 'Notification' AND indexname = 'Notification_email_pending_idx'`;
    expect(one(indexes).indexdef).toMatch(/WHERE \("emailedAt" IS NULL\)/);
  });
});
