import "server-only";
import { db } from "@/lib/db/client";
import { incidentClock } from "@/lib/incidents/clock";
import { incidentReference } from "@/lib/incidents/labels";
import { writtenNotification } from "@/lib/notifications/text";
import type { NotificationKind } from "@/lib/validations/notifications";
import type { Candidate } from "./candidate";
import { EMAIL_LOOKBACK, giveUpStaleEmails, membersOf, sendNotificationEmails } from "./notification-emails";
import { literacyExpiryCandidates } from "./reminders-literacy";
import { riskReviewCandidates } from "./reminders-risks";
import { policyAcknowledgementCandidates } from "./reminders-policies";
import { vendorOverdueCandidates } from "@/lib/dal/vendors/internal/overdue-reminders";
import { enqueueIncidentClockMessages } from "./reminders-channels";
import { enqueueOverdueDigests } from "./reminders-overdue-digest";
import { isoDay } from "@/lib/dates";

// SYSTEM-LEVEL, NO ACTOR. The reminder job runs as the system, not as a person, so it reads due obligations,
// incidents, reviews, risk reviews, expiring trainings and unacknowledged policies ACROSS ALL ORGANISATIONS by design.
// The tenant boundary is kept on the write side instead: a notification is only written for a user who is a member
// of the row's own organisation (looked up per organisationId below), and it carries that organisationId, so it only
// ever shows inside that organisation.

export type { Candidate } from "./candidate";
export type ReminderRunResult = { created: number; emailed: number; emailFailures: number };

const DAY = 24 * 60 * 60 * 1000;
const DUE_SOON_DAYS = 7;
const OPEN_STATUSES = ["NOT_STARTED", "IN_PROGRESS"] as const;
const REVIEWERS = ["ADMIN", "LEGAL"] as const;
const INCIDENT_TEAM = ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL"] as const;
// A running Art 73 clock reminds when it starts, when 2 days are left, on the day of the deadline and once overdue.
const SOON_MS = 2 * DAY;
const INSERT_CHUNK = 5000;

const startOfUtcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

async function obligationCandidates(now: Date): Promise<Candidate[]> {
  const today = startOfUtcDay(now);
  const rows = await db().obligation.findMany({
    where: {
      ownerId: { not: null },
      status: { in: [...OPEN_STATUSES] },
      obsoleteAt: null,
      dueDate: { not: null, lt: new Date(today.getTime() + (DUE_SOON_DAYS + 1) * DAY) },
    },
    select: {
      id: true,
      organizationId: true,
      systemId: true,
      ownerId: true,
      title: true,
      article: true,
      dueDate: true,
      system: { select: { name: true } },
    },
  });
  return rows.flatMap((o) => {
    if (!o.ownerId || !o.dueDate) return [];
    const overdue = o.dueDate < today;
    const kind: NotificationKind = overdue ? "obligation_overdue" : "obligation_due";
    const due = isoDay(o.dueDate);
    return [
      {
        organizationId: o.organizationId,
        userId: o.ownerId,
        kind,
        ...writtenNotification({
          title: [
            { key: overdue ? "obligationOverdueTitle" : "obligationDueTitle", values: { due, obligation: o.title } },
          ],
          body: [
            {
              key: overdue ? "obligationOverdueBody" : "obligationDueBody",
              values: { system: o.system.name, article: o.article, due },
            },
          ],
        }),
        href: `/systems/${o.systemId}/obligations`,
        dedupeKey: `${kind}:${o.id}:${due}`,
      },
    ];
  });
}

// One digest per reviewer per day instead of one per system: an organisation may hold thousands of systems.
// Classifications that are not determined yet are counted in the same digest under their own label: they need the
// deciding questions answered rather than a lawyer, and legal cannot sign them off until then.
async function reviewCandidates(now: Date): Promise<Candidate[]> {
  const pending = await db().aiSystem.groupBy({
    by: ["organizationId", "disposition"],
    where: { disposition: { in: ["REQUIRES_REVIEW", "UNDETERMINED"] } },
    _count: { _all: true },
  });
  if (pending.length === 0) return [];
  const reviewers = await db().membership.findMany({
    where: { organizationId: { in: [...new Set(pending.map((p) => p.organizationId))] }, role: { in: [...REVIEWERS] } },
    select: { organizationId: true, userId: true },
  });
  const countOf = (organizationId: string, disposition: string) =>
    pending.find((p) => p.organizationId === organizationId && p.disposition === disposition)?._count._all ?? 0;
  return reviewers.map(({ organizationId, userId }) => ({
    organizationId,
    userId,
    kind: "review_pending" as const,
    ...reviewDigest(countOf(organizationId, "REQUIRES_REVIEW"), countOf(organizationId, "UNDETERMINED")),
    dedupeKey: `review_pending:${isoDay(now)}`,
  }));
}

function reviewDigest(review: number, open: number) {
  const title = review && open ? "reviewBothTitle" : review ? "reviewPendingTitle" : "reviewOpenTitle";
  return {
    ...writtenNotification({
      title: [{ key: title, values: { review, open } }],
      body: [
        ...(review ? [{ key: "reviewPendingBody" as const }] : []),
        ...(open ? [{ key: "reviewOpenBody" as const, values: { open } }] : []),
      ],
    }),
    href: `/systems?disposition=${review ? "REQUIRES_REVIEW" : "UNDETERMINED"}`,
  };
}

async function incidentCandidates(now: Date): Promise<Candidate[]> {
  const running = await db().incident.findMany({
    where: { status: { not: "CLOSED" }, awareAt: { not: null }, initialReportAt: null },
    select: {
      id: true,
      organizationId: true,
      number: true,
      title: true,
      status: true,
      harm: true,
      awareAt: true,
      initialReportAt: true,
      completeReportAt: true,
    },
  });
  if (running.length === 0) return [];
  const team = await db().membership.findMany({
    where: {
      organizationId: { in: [...new Set(running.map((i) => i.organizationId))] },
      role: { in: [...INCIDENT_TEAM] },
    },
    select: { organizationId: true, userId: true },
  });
  return running.flatMap((incident) => {
    const clock = incidentClock(incident, now);
    if (!clock.deadline || clock.remainingMs === null) return [];
    const stage = clock.state === "running" ? (clock.remainingMs <= SOON_MS ? "soon" : "started") : clock.state;
    const ref = incidentReference(incident.number);
    const remainingMs = clock.remainingMs;
    const deadline = clock.deadline.toISOString().slice(0, 16).replace("T", " ");
    const text = writtenNotification({
      title: [
        { key: clock.state === "overdue" ? "incidentOverdueTitle" : "incidentDueTitle", values: { ref, remainingMs } },
      ],
      body: [{ key: "incidentBody", values: { title: incident.title, deadline, days: clock.days ?? 0 } }],
    });
    return team
      .filter((m) => m.organizationId === incident.organizationId)
      .map((m) => ({
        organizationId: m.organizationId,
        userId: m.userId,
        kind: "incident_deadline" as const,
        ...text,
        href: `/incidents/${incident.id}`,
        dedupeKey: `incident_deadline:${incident.id}:${clock.deadline!.toISOString()}:${stage}`,
      }));
  });
}

async function writeNotifications(candidates: Candidate[], now: Date): Promise<number> {
  if (candidates.length === 0) return 0;
  const members = await membersOf(candidates);
  const allowed = candidates.filter((c) => {
    const m = members.get(`${c.organizationId}:${c.userId}`);
    // Not (or no longer) a member of that organisation: nothing is written. Both channels off: nothing either.
    return m && (m.prefs[c.kind].inApp || m.prefs[c.kind].email);
  });
  if (allowed.length === 0) return 0;
  // The unique (userId, dedupeKey) makes reruns harmless: the same reminder is never written, or mailed, twice.
  // One statement per chunk with column arrays (unnest) instead of Prisma's createMany: every hourly run offers
  // every still-overdue duty again, and row-by-row parameters made 20,000 of them take half a minute.
  let created = 0;
  for (let i = 0; i < allowed.length; i += INSERT_CHUNK) {
    const chunk = allowed.slice(i, i + INSERT_CHUNK);
    const col = <K extends keyof Candidate>(key: K) => chunk.map((c) => c[key]);
    const messages = chunk.map((c) => (c.message ? JSON.stringify(c.message) : null));
    created += await db().$executeRaw`
      INSERT INTO "Notification" ("id", "organizationId", "userId", "kind", "title", "body", "message", "href", "dedupeKey", "createdAt")
      SELECT gen_random_uuid()::text, o, u, k, t, b, m::jsonb, h, d, ${now}
      FROM unnest(${col("organizationId")}::text[], ${col("userId")}::text[], ${col("kind")}::text[], ${col("title")}::text[],
                  ${col("body")}::text[], ${messages}::text[], ${col("href")}::text[], ${col("dedupeKey")}::text[])
           AS x(o, u, k, t, b, m, h, d)
      ON CONFLICT ("userId", "dedupeKey") DO NOTHING`;
  }
  return created;
}
export async function runReminders(now: Date = new Date()): Promise<ReminderRunResult> {
  const candidates = (
    await Promise.all([
      obligationCandidates(now),
      incidentCandidates(now),
      reviewCandidates(now),
      riskReviewCandidates(now),
      literacyExpiryCandidates(now),
      vendorOverdueCandidates(now),
      policyAcknowledgementCandidates(now),
    ])
  ).flat();
  const created = await writeNotifications(candidates, now);
  // The same Art 73 clock stages, and a daily count of overdue duties, go to the channels that subscribed to them.
  await enqueueIncidentClockMessages(now);
  await enqueueOverdueDigests(now);
  // The e-mail job (every minute) sends what is new; this run sends its own reminders at once, as one digest per
  // person, and retries for a day what failed (see notification-emails.ts).
  const mail = await sendNotificationEmails(now, EMAIL_LOOKBACK.hourly);
  await giveUpStaleEmails(now);
  return { created, ...mail };
}
