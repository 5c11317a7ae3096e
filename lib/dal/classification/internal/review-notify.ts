import "server-only";
import { PERMISSIONS } from "@/lib/access/permissions";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { NotificationMessage } from "@/lib/notifications/text";
import type { NotificationKind } from "@/lib/validations/notifications";

type Note = {
  kind: NotificationKind;
  title: string;
  body: string;
  message?: NotificationMessage;
  href: string;
  dedupeKey: string;
};

// In-app notifications for a step of a review request, written in the step's transaction so a step is never stored
// without telling the other party. Only members of the request's own organisation are notified.
export async function notifyUsers(tx: Tx, organizationId: string, userIds: string[], note: Note): Promise<void> {
  const members = await tx.membership.findMany({
    where: { organizationId, userId: { in: [...new Set(userIds)] } },
    select: { userId: true },
  });
  if (members.length === 0) return;
  await tx.notification.createMany({
    data: members.map((m) => ({
      organizationId,
      userId: m.userId,
      ...note,
      message: note.message as Prisma.InputJsonValue | undefined,
    })),
    skipDuplicates: true,
  });
}

/** Everyone who may review in the organisation, except the person who acted. */
export async function reviewerIds(tx: Tx, organizationId: string, except: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { organizationId, role: { in: [...PERMISSIONS["classification.review"]] }, userId: { not: except } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}
