import "server-only";
import { db } from "@/lib/db/client";
import { FRIA_ARTICLE, REGISTRATION_ARTICLE } from "@/lib/dashboard/articles";
import type { DayRow } from "@/lib/dashboard/day-rows";
import { incidentClock } from "@/lib/incidents/clock";
import { incidentReference, STATUS_LABELS } from "@/lib/incidents/labels";
import type { PortfolioDetail, SystemItem } from "@/lib/pdf/portfolio/snapshot";
import { systemAttention } from "@/lib/dal/dashboard/internal/systems";
import { DONE, OPEN } from "@/lib/dal/dashboard/internal/sql";

// What the portfolio report's counts count, for its annex, and the obligations per application date for its next
// deadline and readiness split. Called only by portfolio-report.ts, after authorize() produced the organisation id;
// every query starts from that id. The definitions are the dashboard's own (internal/sql.ts, internal/systems.ts,
// internal/obligations.ts), so each list has exactly as many rows as the dashboard's figure counts.

/** A list longer than this is cut in the annex, which says so: the 3-second budget at 100,000 systems holds. */
export const ANNEX_LIMIT = 2_000;

type Named = { id: string; name: string; total: number };
const listed = (rows: Named[]) => ({
  total: rows[0]?.total ?? 0,
  items: rows.map(({ id, name }): SystemItem => ({ id, name })),
});

// High-risk systems with an open, applicable duty of the article (the dashboard's FRIA / registration figures).
async function highRiskWithOpen(organizationId: string, article: string) {
  return listed(
    await db().$queryRaw<Named[]>`
      SELECT s.id, s.name, count(*) OVER ()::int AS total FROM "AiSystem" s
      WHERE s."organizationId" = ${organizationId} AND s.tier = 'HIGH' AND EXISTS (
        SELECT 1 FROM "Obligation" o WHERE o."organizationId" = ${organizationId} AND o."systemId" = s.id
          AND o."obsoleteAt" IS NULL AND ${OPEN} AND o.article ILIKE ${`%${article}%`})
      ORDER BY s.name LIMIT ${ANNEX_LIMIT}`,
  );
}

type DutyRow = { system: string; title: string; article: string; due: string; owner: string | null; total: number };

export async function portfolioDetail(organizationId: string, today: string, now: Date): Promise<PortfolioDetail> {
  const [days, overdue, attention, fria, registration, incidents] = await Promise.all([
    db().$queryRaw<DayRow[]>`
      SELECT to_char(o."appliesFrom", 'YYYY-MM-DD') AS day, count(*)::int AS obligations,
             (count(*) FILTER (WHERE ${DONE}))::int AS done, count(DISTINCT o."systemId")::int AS systems
      FROM "Obligation" o WHERE o."organizationId" = ${organizationId} AND o."obsoleteAt" IS NULL
      GROUP BY o."appliesFrom" ORDER BY o."appliesFrom"`,
    db().$queryRaw<DutyRow[]>`
      SELECT s.name AS system, o.title, o.article, to_char(o."dueDate", 'YYYY-MM-DD') AS due, u.name AS owner,
             count(*) OVER ()::int AS total
      FROM "Obligation" o JOIN "AiSystem" s ON s.id = o."systemId" AND s."organizationId" = ${organizationId}
      LEFT JOIN "User" u ON u.id = o."ownerId"
      WHERE o."organizationId" = ${organizationId} AND o."obsoleteAt" IS NULL AND ${OPEN} AND o."dueDate" < ${today}::date
      ORDER BY o."dueDate", s.name, o.article, o.id LIMIT ${ANNEX_LIMIT}`,
    systemAttention(organizationId, {}, ANNEX_LIMIT),
    highRiskWithOpen(organizationId, FRIA_ARTICLE),
    highRiskWithOpen(organizationId, REGISTRATION_ARTICLE),
    db().incident.findMany({
      where: { organizationId, status: { not: "CLOSED" } },
      orderBy: { number: "asc" },
      take: ANNEX_LIMIT,
      select: {
        number: true,
        title: true,
        status: true,
        harm: true,
        awareAt: true,
        initialReportAt: true,
        completeReportAt: true,
        system: { select: { name: true } },
      },
    }),
  ]);
  const incidentTotal =
    incidents.length < ANNEX_LIMIT
      ? incidents.length
      : await db().incident.count({ where: { organizationId, status: { not: "CLOSED" } } });
  const clocked = incidents.map((i) => {
    const clock = incidentClock(i, now);
    const running = clock.state === "running" || clock.state === "due_today" || clock.state === "overdue";
    return {
      reference: incidentReference(i.number),
      title: i.title,
      system: i.system.name,
      status: STATUS_LABELS[i.status],
      deadline: running && clock.deadline ? clock.deadline.toISOString() : null,
      clock: CLOCK_TEXT[clock.state],
    };
  });
  // Reports still owed first, the soonest deadline first: the summary names the first.
  clocked.sort((a, b) => (a.deadline ?? "~").localeCompare(b.deadline ?? "~"));
  return {
    days,
    overdue: {
      total: overdue[0]?.total ?? 0,
      items: overdue.map(({ total: _total, due, ...d }) => ({ ...d, dueDate: due })),
    },
    lists: {
      prohibitedInUse: toListed(attention.prohibitedInUse),
      awaitingReview: toListed(attention.awaitingReview),
      undetermined: toListed(attention.undetermined),
      friaMissing: fria,
      registrationMissing: registration,
    },
    incidents: { total: incidentTotal, items: clocked },
  };
}

const toListed = (n: { total: number; examples: SystemItem[] }) => ({ total: n.total, items: n.examples });

const CLOCK_TEXT = {
  not_started: "Clock not started (awareness date missing)",
  running: "Running",
  due_today: "Due today",
  overdue: "Overdue",
  reported: "Initial report filed",
  closed: "Closed",
} as const;
