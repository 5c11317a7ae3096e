import "server-only";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import type { Candidate } from "./candidate";
import { officersByOrganization } from "./officers";
import { writtenNotification } from "@/lib/notifications/text";

// Art 9 asks for a risk register that is kept up to date: a risk whose next review is due within 7 days, or past,
// reminds its owner, or the organisation's compliance officers when nobody owns it. Closed risks are not reviewed.
// Read across organisations (see reminders.ts); each candidate carries the risk's own organisation.
const DAY = 24 * 60 * 60 * 1000;
const DUE_SOON_DAYS = 7;

export async function riskReviewCandidates(now: Date): Promise<Candidate[]> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const rows = await db().risk.findMany({
    where: {
      status: { not: "CLOSED" },
      nextReviewDate: { not: null, lt: new Date(today.getTime() + (DUE_SOON_DAYS + 1) * DAY) },
    },
    select: {
      id: true,
      organizationId: true,
      systemId: true,
      ownerId: true,
      title: true,
      nextReviewDate: true,
      system: { select: { name: true } },
    },
  });
  const unowned = rows.filter((r) => !r.ownerId).map((r) => r.organizationId);
  const officers = await officersByOrganization(unowned);
  return rows.flatMap((r) => {
    if (!r.nextReviewDate) return [];
    const overdue = r.nextReviewDate < today;
    const due = isoDay(r.nextReviewDate);
    const recipients = r.ownerId ? [r.ownerId] : (officers.get(r.organizationId) ?? []);
    return recipients.map((userId) => ({
      organizationId: r.organizationId,
      userId,
      kind: "risk_review_due" as const,
      ...writtenNotification({
        title: [{ key: overdue ? "riskOverdueTitle" : "riskDueTitle", values: { due, risk: r.title } }],
        body: [
          { key: overdue ? "riskOverdueBody" : "riskDueBody", values: { system: r.system.name, due } },
          ...(r.ownerId ? [] : [{ key: "riskUnowned" as const }]),
        ],
      }),
      href: `/systems/${r.systemId}/risks?edit=${r.id}#risk-form`,
      // Once when it comes due and once more when it becomes overdue; a new review date starts again.
      dedupeKey: `risk_review_due:${r.id}:${due}:${overdue ? "overdue" : "soon"}`,
    }));
  });
}
