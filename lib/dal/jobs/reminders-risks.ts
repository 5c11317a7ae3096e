import "server-only";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import type { Candidate } from "./candidate";
import { officersByOrganization } from "./officers";

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
    const who = r.ownerId ? "" : " Nobody owns this risk yet: assign an owner.";
    return recipients.map((userId) => ({
      organizationId: r.organizationId,
      userId,
      kind: "risk_review_due" as const,
      title: overdue ? `Risk review overdue: ${r.title}` : `Risk review due ${due}: ${r.title}`,
      body: `${r.system.name} · Art 9 risk register · next review ${due}${overdue ? " (overdue)" : ""}.${who}`,
      href: `/systems/${r.systemId}/risks?edit=${r.id}#risk-form`,
      // Once when it comes due and once more when it becomes overdue; a new review date starts again.
      dedupeKey: `risk_review_due:${r.id}:${due}:${overdue ? "overdue" : "soon"}`,
    }));
  });
}
