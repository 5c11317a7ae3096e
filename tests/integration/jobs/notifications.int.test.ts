import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  countUnreadNotifications,
  getMyNotificationPrefs,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  updateMyNotificationPrefs,
} from "@/lib/dal/accounts/notifications";
import { DEFAULT_PREFS } from "@/lib/validations/notifications";
import { addMember, createOrganization } from "../../helpers/factories";

async function notify(organizationId: string, userId: string, title: string, kind = "obligation_due") {
  return db().notification.create({
    data: { organizationId, userId, kind, title, dedupeKey: `${kind}:${title}:${Math.random()}` },
  });
}

describe("in-app notifications", () => {
  it("lists a member's own notifications, unread first, and marks them read", async () => {
    const { organizationId, admin } = await createOrganization("Inbox");
    const colleague = await addMember(organizationId, "LEGAL");
    const older = await notify(organizationId, admin.userId, "Older");
    await notify(organizationId, admin.userId, "Newer");
    await notify(organizationId, colleague.userId, "Not mine");

    expect((await listNotifications(admin)).map((n) => n.title)).toEqual(["Newer", "Older"]);
    expect(await countUnreadNotifications(admin)).toBe(2);
    await markNotificationRead(admin, older.id);
    await notify(organizationId, admin.userId, "Newest");
    expect((await listNotifications(admin)).map((n) => [n.title, !!n.readAt])).toEqual([
      ["Newest", false],
      ["Newer", false],
      ["Older", true],
    ]);
    expect(await markAllNotificationsRead(admin)).toBe(2);
    expect(await countUnreadNotifications(admin)).toBe(0);
    expect(await countUnreadNotifications(colleague)).toBe(1);
  });

  it("never shows or touches someone else's notification, nor one from another organisation", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const colleague = await addMember(a.organizationId, "COMPLIANCE_OFFICER");
    const theirs = await notify(a.organizationId, colleague.userId, "Theirs");
    await expect(markNotificationRead(a.admin, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The same person in two organisations sees each organisation's notifications only there.
    const both = await addMember(b.organizationId, "LEGAL");
    await db().membership.create({ data: { userId: both.userId, organizationId: a.organizationId, role: "LEGAL" } });
    const inA = await notify(a.organizationId, both.userId, "From A");
    expect(await listNotifications(both)).toEqual([]);
    await expect(markNotificationRead(both, inA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listNotifications({ ...both, organizationId: a.organizationId })).map((n) => n.title)).toEqual([
      "From A",
    ]);
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("stores preferences per member, validated, and hides kinds switched off in-app", async () => {
    const { organizationId, admin } = await createOrganization("Prefs");
    expect(await getMyNotificationPrefs(admin)).toEqual(DEFAULT_PREFS);
    await notify(organizationId, admin.userId, "Review digest", "review_pending");
    await updateMyNotificationPrefs(admin, { ...DEFAULT_PREFS, review_pending: { inApp: false, email: false } });
    expect(await listNotifications(admin)).toEqual([]);
    expect(await countUnreadNotifications(admin)).toBe(0);
    expect((await getMyNotificationPrefs(admin)).review_pending).toEqual({ inApp: false, email: false });
    await expect(
      updateMyNotificationPrefs(admin, { ...DEFAULT_PREFS, review_pending: { inApp: "yes" } } as never),
    ).rejects.toThrow();
    const audit = await db().auditEvent.findFirst({ where: { organizationId, action: "notification_prefs.update" } });
    expect(audit).not.toBeNull();
  });
});
