import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { isoDay } from "@/lib/dates";
import { notificationTextIn } from "@/lib/notifications/text";
import { ruleText } from "@/lib/rules/i18n";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { createObligation, notificationsOf } from "./helpers";

// Notifications are written once and read by people in different languages: the row keeps its English title and
// body (API, older readers) and a message that each reader sees in their own language.
describe("notification text", () => {
  it("stores the reminder's English as before, and shows it in German and French from its message", async () => {
    const { organizationId } = await createOrganization("Texts");
    const owner = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId, "Credit scoring");
    const obligation = await createObligation(organizationId, systemId, owner.userId, 3, "Risk management system");
    const overdue = await createObligation(organizationId, systemId, owner.userId, -2, "Quality management system");

    await runReminders(new Date());

    const rows = await notificationsOf(owner.userId);
    const due = one(
      rows.filter((r) => r.kind === "obligation_due"),
      0,
      "due reminder",
    );
    const day = isoDay(obligation.dueDate!);
    expect(due.title).toBe(`Due ${day}: Risk management system`);
    expect(due.body).toBe(`Credit scoring · Art 9 · due ${day}.`);
    expect(notificationTextIn("en", due)).toEqual({ title: due.title, body: due.body });
    expect(notificationTextIn("de", due)).toEqual({
      title: `Fällig am ${day}: ${ruleText("de", "Risk management system")}`,
      body: `Credit scoring · Art 9 · fällig am ${day}.`,
    });
    const late = one(
      rows.filter((r) => r.kind === "obligation_overdue"),
      0,
      "overdue reminder",
    );
    const lateDay = isoDay(overdue.dueDate!);
    expect(late.body).toBe(`Credit scoring · Art 9 · due ${lateDay} (overdue).`);
    expect(notificationTextIn("fr", late).body).toBe(`Credit scoring · Art 9 · échéance le ${lateDay} (en retard).`);
  });

  it("words the reviewers' digest as before in English, with plurals in each language", async () => {
    const { organizationId, admin } = await createOrganization("Digest");
    for (const disposition of ["REQUIRES_REVIEW", "REQUIRES_REVIEW", "UNDETERMINED"] as const) {
      const id = await createSystem(organizationId);
      await db().aiSystem.update({ where: { id }, data: { disposition } });
    }

    await runReminders(new Date());

    const digest = one(
      (await notificationsOf(admin.userId)).filter((r) => r.kind === "review_pending"),
      0,
      "review digest",
    );
    expect(digest.title).toBe("2 classifications await legal review; 1 not determined yet");
    expect(digest.body).toBe(
      "Classification results marked “requires review” need a decision: confirm, answer the open questions or override. " +
        "1 classification is not determined yet: answer the deciding questions (or the ones answered “not sure”) so the tier is settled.",
    );
    expect(notificationTextIn("de", digest).title).toBe(
      "2 Einstufungen warten auf rechtliche Prüfung; 1 noch nicht bestimmt",
    );
    expect(notificationTextIn("fr", digest).body).toContain("1 classification n'est pas encore déterminée");
  });

  it("shows what older rows stored, and a row whose message no longer fits, in every language", async () => {
    const { organizationId, admin } = await createOrganization("Older rows");
    const base = { organizationId, userId: admin.userId, kind: "obligation_due", body: "Stored body" };
    const older = await db().notification.create({
      data: { ...base, title: "Written before messages", dedupeKey: "old" },
    });
    const unknown = await db().notification.create({
      data: { ...base, title: "Stored title", dedupeKey: "unknown", message: { title: [{ key: "gone" }], body: [] } },
    });
    for (const locale of ["en", "de", "fr"] as const) {
      expect(notificationTextIn(locale, older)).toEqual({ title: "Written before messages", body: "Stored body" });
      expect(notificationTextIn(locale, unknown)).toEqual({ title: "Stored title", body: "Stored body" });
    }
  });
});
