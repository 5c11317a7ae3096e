import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import {
  NOTIFICATION_KINDS,
  resolvePrefs,
  ZNotificationPrefs,
  type TNotificationPrefs,
} from "@/lib/validations/notifications";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize, storedNotificationPrefs } from "@/lib/dal/core/authorize";

export type NotificationDTO = {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** The title and body as messages (lib/notifications/text.ts), null for rows written before; shown translated. */
  message: unknown;
  href: string;
  createdAt: string;
  readAt: string | null;
};

const PAGE_SIZE = 100;

// Notifications are personal: every query is scoped to the member's own user id AND the active organisation.
async function scope(actor: Actor) {
  const member = await authorize(actor, "notification.read");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Notifications belong to people, not API tokens.");
  const prefs = resolvePrefs(await storedNotificationPrefs(member));
  // A kind switched off in-app is hidden, though its row stays: it keeps the reminder from being sent twice.
  const hidden = NOTIFICATION_KINDS.filter((k) => !prefs[k].inApp);
  const where: Prisma.NotificationWhereInput = {
    userId: member.userId,
    organizationId: member.organizationId,
    kind: { notIn: hidden },
  };
  return { member, prefs, where };
}

export async function listNotifications(actor: Actor): Promise<NotificationDTO[]> {
  const { where } = await scope(actor);
  // Unread first (readAt null sorts first ascending), newest first within each group.
  const rows = await db().notification.findMany({
    where,
    orderBy: [{ readAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take: PAGE_SIZE,
    select: { id: true, kind: true, title: true, body: true, message: true, href: true, createdAt: true, readAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), readAt: r.readAt?.toISOString() ?? null }));
}

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const { where } = await scope(actor);
  return db().notification.count({ where: { ...where, readAt: null } });
}

// Read markers are the reader's own view state, not compliance data, so they are not written to the audit trail.
export async function markNotificationRead(actor: Actor, notificationId: string): Promise<void> {
  const { where } = await scope(actor);
  const { count } = await db().notification.updateMany({
    where: { ...where, id: notificationId },
    data: { readAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "This notification does not exist or is not yours.");
}

export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const { where } = await scope(actor);
  const { count } = await db().notification.updateMany({
    where: { ...where, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

export async function getMyNotificationPrefs(actor: Actor): Promise<TNotificationPrefs> {
  return (await scope(actor)).prefs;
}

export async function updateMyNotificationPrefs(actor: Actor, raw: TNotificationPrefs): Promise<TNotificationPrefs> {
  const { member, prefs: before } = await scope(actor);
  const prefs = ZNotificationPrefs.parse(raw);
  await db().$transaction(async (tx) => {
    await tx.membership.update({
      where: { userId_organizationId: { userId: member.userId, organizationId: member.organizationId } },
      data: { notificationPrefs: prefs },
    });
    await writeAudit(tx, member, {
      action: "notification_prefs.update",
      entityType: "Membership",
      entityId: member.userId,
      before,
      after: prefs,
    });
  });
  return prefs;
}
