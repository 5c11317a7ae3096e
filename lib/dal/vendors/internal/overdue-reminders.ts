import "server-only";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { CATALOGUE, type RequestItemKind } from "@/lib/vendors/catalogue";
import { effectiveDueDate, requestStatus } from "@/lib/vendors/status";
import type { NotificationKind } from "@/lib/validations/notifications";
import { writtenNotification } from "@/lib/notifications/text";

// The reminder job's Candidate shape (lib/dal/jobs/candidate.ts), spelled out so this folder does not import the jobs'.
type Candidate = {
  organizationId: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  href: string;
  dedupeKey: string;
};

// SYSTEM-LEVEL, read by the reminder job across organisations (see lib/dal/jobs/reminders.ts): a vendor request past
// its due date (the accepted extension's, if any), with items still unanswered and its link still open, reminds the
// person who sent it, once per due date. Each candidate carries the request's own organisation.
export async function vendorOverdueCandidates(now: Date): Promise<Candidate[]> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const rows = await db().vendorRequest.findMany({
    where: {
      createdById: { not: null },
      revokedAt: null,
      tokenHash: { not: null },
      expiresAt: { gt: now },
      // The extension can only move the date later, so the stored due date bounds the candidates.
      dueDate: { lt: today },
      items: { some: { answeredAt: null } },
    },
    select: {
      id: true,
      organizationId: true,
      createdById: true,
      dueDate: true,
      expiresAt: true,
      revokedAt: true,
      extensionUntil: true,
      extensionAccepted: true,
      vendor: { select: { name: true } },
      items: { select: { kind: true, answeredAt: true } },
    },
  });
  return rows.flatMap((r) => {
    if (!r.createdById || requestStatus(r, now) !== "overdue") return [];
    const due = isoDay(effectiveDueDate(r));
    const owed = r.items.filter((i) => !i.answeredAt).map((i) => CATALOGUE[i.kind as RequestItemKind]?.title ?? i.kind);
    return [
      {
        organizationId: r.organizationId,
        userId: r.createdById,
        kind: "vendor_request" as const,
        ...writtenNotification({
          title: [{ key: "vendorOverdueTitle", values: { vendor: r.vendor.name } }],
          body: [{ key: "vendorOverdueBody", values: { due, owed: owed.join(", ") } }],
        }),
        href: `/vendors/requests/${r.id}`,
        dedupeKey: `vendor_overdue:${r.id}:${due}`,
      },
    ];
  });
}
