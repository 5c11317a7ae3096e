import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listNotifications, updateMyNotificationPrefs } from "@/lib/dal/accounts/notifications";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { DEFAULT_PREFS } from "@/lib/validations/notifications";
import { one } from "../../helpers/expect-defined";
import { decodeQuotedPrintable, startSmtpServer } from "../../helpers/smtp-server";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { createObligation, emailOf, notificationsOf } from "./helpers";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Read by lib/env on first use, which is after this hook.
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "https://actlas.test";
  process.env.MAIL_FROM = "Actlas <reminders@actlas.test>";
});
afterAll(() => smtp.stop());

const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

describe("runReminders", () => {
  it("reminds the owner of an obligation due within 7 days, in the app and by e-mail, exactly once", async () => {
    const { organizationId } = await createOrganization("Reminders");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId, "Credit scoring");
    const obligation = await createObligation(organizationId, systemId, owner.userId, 3, "Quality management system");
    await createObligation(organizationId, systemId, owner.userId, 30, "Far away duty");

    await runReminders(new Date());
    await runReminders(new Date());

    const rows = await notificationsOf(owner.userId);
    expect(rows).toHaveLength(1);
    const row = one(rows, 0, "due-date reminder");
    expect(row).toMatchObject({ kind: "obligation_due", href: `/systems/${systemId}/obligations`, organizationId });
    expect(row.dedupeKey).toBe(`obligation_due:${obligation.id}:${obligation.dueDate!.toISOString().slice(0, 10)}`);
    expect(row.emailedAt).not.toBeNull();

    const mails = mailsTo(await emailOf(owner.userId));
    expect(mails).toHaveLength(1);
    const mail = one(mails, 0, "reminder mail");
    const text = decodeQuotedPrintable(mail.raw);
    expect(mail.from).toBe("reminders@actlas.test");
    expect(text).toMatch(/^Subject: \[Actlas\] Due \d{4}-\d{2}-\d{2}: Quality management system/m);
    expect(text).toContain(`https://actlas.test/systems/${systemId}/obligations`);
    expect(text).toContain("Credit scoring");

    const shown = one(await listNotifications(owner), 0, "listed reminder");
    expect(shown.title).toContain("Quality management system");
  });

  it("reminds of overdue obligations, but never people outside the obligation's organisation or of finished work", async () => {
    const { organizationId } = await createOrganization("Overdue");
    const other = await createOrganization("Elsewhere");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const outsider = await addMember(other.organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId);
    await createObligation(organizationId, systemId, owner.userId, -2, "Logging");
    // A stale owner id pointing at someone who is not a member of this organisation gets nothing.
    await createObligation(organizationId, systemId, outsider.userId, -2, "Foreign owner");
    const done = await createObligation(organizationId, systemId, owner.userId, -5, "Finished");
    await db().obligation.update({ where: { id: done.id }, data: { status: "DONE" } });

    await runReminders(new Date());

    const rows = await notificationsOf(owner.userId);
    expect(rows.map((r) => [r.kind, r.title])).toEqual([["obligation_overdue", "Overdue: Logging"]]);
    expect(await notificationsOf(outsider.userId)).toEqual([]);
  });

  it("respects each member's preferences per kind and channel", async () => {
    const { organizationId } = await createOrganization("Prefs");
    const noMail = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const mailOnly = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const nothing = await addMember(organizationId, "COMPLIANCE_OFFICER");
    await updateMyNotificationPrefs(noMail, { ...DEFAULT_PREFS, obligation_due: { inApp: true, email: false } });
    await updateMyNotificationPrefs(mailOnly, { ...DEFAULT_PREFS, obligation_due: { inApp: false, email: true } });
    await updateMyNotificationPrefs(nothing, { ...DEFAULT_PREFS, obligation_due: { inApp: false, email: false } });
    const systemId = await createSystem(organizationId);
    for (const m of [noMail, mailOnly, nothing]) await createObligation(organizationId, systemId, m.userId, 1);

    await runReminders(new Date());

    expect(await listNotifications(noMail)).toHaveLength(1);
    expect(mailsTo(await emailOf(noMail.userId))).toHaveLength(0);
    // E-mail only: mailed, and hidden from the in-app list (the row remains so it is not mailed again).
    expect(mailsTo(await emailOf(mailOnly.userId))).toHaveLength(1);
    expect(await listNotifications(mailOnly)).toEqual([]);
    await runReminders(new Date());
    expect(mailsTo(await emailOf(mailOnly.userId))).toHaveLength(1);
    expect(await notificationsOf(nothing.userId)).toEqual([]);
    expect(mailsTo(await emailOf(nothing.userId))).toHaveLength(0);
  });

  it("bundles several new reminders for one person into one e-mail", async () => {
    const { organizationId } = await createOrganization("Digest");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId, "Fraud detection");
    for (const [title, days] of [
      ["Logging", -1],
      ["Transparency", 2],
      ["Accuracy", 5],
    ] as const)
      await createObligation(organizationId, systemId, owner.userId, days, title);

    await runReminders(new Date());

    const mails = mailsTo(await emailOf(owner.userId));
    expect(mails).toHaveLength(1);
    const text = decodeQuotedPrintable(one(mails, 0, "digest mail").raw);
    expect(text).toMatch(/^Subject: \[Actlas\] 3 new reminders/m);
    for (const title of ["Overdue: Logging", "Transparency", "Accuracy"]) expect(text).toContain(title);
    expect(text).toContain("https://actlas.test/notifications");
    expect((await notificationsOf(owner.userId)).every((n) => n.emailedAt)).toBe(true);
  });

  it("tells legal and administrators, and only them, about classifications awaiting review", async () => {
    const { organizationId, admin } = await createOrganization("Review");
    const legal = await addMember(organizationId, "LEGAL");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    for (const name of ["Chatbot", "Emotion analytics"]) {
      const id = await createSystem(organizationId, name);
      await db().aiSystem.update({ where: { id }, data: { disposition: "REQUIRES_REVIEW" } });
    }

    await runReminders(new Date());
    await runReminders(new Date());

    for (const reviewer of [admin, legal]) {
      const rows = await notificationsOf(reviewer.userId);
      expect(rows.map((r) => [r.kind, r.title, r.href])).toEqual([
        ["review_pending", "2 classifications await legal review", "/systems?disposition=REQUIRES_REVIEW"],
      ]);
    }
    expect(await notificationsOf(officer.userId)).toEqual([]);
    // review_pending is in-app only by default.
    expect(mailsTo(await emailOf(legal.userId))).toHaveLength(0);
  });

  it("counts classifications that are not determined yet under their own label, in the same daily digest", async () => {
    const { organizationId, admin } = await createOrganization("Undetermined");
    const review = await createSystem(organizationId, "Chatbot");
    await db().aiSystem.update({
      where: { id: review },
      data: { disposition: "REQUIRES_REVIEW", tier: "LIMITED", possibleTier: "LIMITED" },
    });
    for (const name of ["Hiring assistant", "Triage bot"]) {
      const id = await createSystem(organizationId, name);
      await db().aiSystem.update({
        where: { id },
        data: { disposition: "UNDETERMINED", tier: "MINIMAL", possibleTier: "HIGH" },
      });
    }
    const onlyOpen = await createOrganization("Only undetermined");
    const open = await createSystem(onlyOpen.organizationId, "Scoring");
    await db().aiSystem.update({
      where: { id: open },
      data: { disposition: "UNDETERMINED", tier: "MINIMAL", possibleTier: "HIGH" },
    });

    await runReminders(new Date());

    const both = one(await notificationsOf(admin.userId), 0, "review reminder");
    expect([both.kind, both.title, both.href]).toEqual([
      "review_pending",
      "1 classification awaits legal review; 2 not determined yet",
      "/systems?disposition=REQUIRES_REVIEW",
    ]);
    expect(both.body).toContain("2 classifications are not determined yet");
    const alone = one(await notificationsOf(onlyOpen.admin.userId), 0, "undetermined reminder");
    expect([alone.title, alone.href]).toEqual([
      "1 classification not determined yet",
      "/systems?disposition=UNDETERMINED",
    ]);
    expect(alone.body).toMatch(/answer the deciding questions/);
  });
});
