import "server-only";
import { db } from "@/lib/db/client";
import { incidentClock } from "@/lib/incidents/clock";
import { incidentReference, STATUS_LABELS } from "@/lib/incidents/labels";
import type { PortfolioDetail, SystemItem } from "@/lib/pdf/portfolio/snapshot";
import { systemAttention } from "@/lib/dal/dashboard/internal/systems";
import { OPEN } from "@/lib/dal/dashboard/internal/sql";

// What the portfolio report's counts count, for its annex. Called only by portfolio-report.ts, after authorize() produced the organisation id;
// every query starts from that id. The definitions are the dashboard's own (internal/sql.ts, internal/systems.ts,
// internal/obligations.ts), so each list has exactly as many rows as the dashboard's figure counts.

/**
 * A list longer than this is cut in the annex, which says so and points to the filtered list in Actlas. At 100,000
 * systems (124,000 overdue duties) the whole lists would be thousands of pages that nobody reads and take far more
 * than the 3 s budget; 250 rows per list keep the worst case near 40 pages. An organisation of a few hundred
 * systems gets every item.
 */
export const ANNEX_LIMIT = 250;

type Flagged = { id: string; name: string; fria: boolean; registration: boolean };

// High-risk systems with an open, applicable FRIA or registration duty (the dashboard's two figures), read from the
// dashboard's own running totals per system and day ("ObligationDayCell", the same counts its figures add up); at
// most a few tens of thousands of short rows, split and cut here. Folding the obligations took ~1.1 s at 100,000 systems.
async function highRiskMissing(organizationId: string) {
  const rows = await db().$queryRaw<Flagged[]>`
    SELECT s.id, s.name, sum(c."friaOpen") > 0 AS fria, sum(c."registrationOpen") > 0 AS registration
    FROM "ObligationDayCell" c JOIN "AiSystem" s ON s.id = c."systemId" AND s."organizationId" = ${organizationId}
    WHERE c."organizationId" = ${organizationId} AND s.tier = 'HIGH' AND (c."friaOpen" > 0 OR c."registrationOpen" > 0)
    GROUP BY s.id, s.name`;
  const list = (pick: (r: Flagged) => boolean) => {
    const all = rows.filter(pick).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { total: all.length, items: all.slice(0, ANNEX_LIMIT).map(({ id, name }): SystemItem => ({ id, name })) };
  };
  return { fria: list((r) => r.fria), registration: list((r) => r.registration) };
}

type DutyRow = { system: string; title: string; article: string; due: string; owner: string | null };

/**
 * `overdueTotal` is the dashboard's own count (its one pass already counts them), so only the first rows are read
 * here: the oldest 250 of 124,000 at full size come from a top-N sort instead of a sort of all of them.
 */
export async function portfolioDetail(
  organizationId: string,
  today: string,
  now: Date,
  overdueTotal: number,
): Promise<Omit<PortfolioDetail, "trend">> {
  const [overdue, attention, missing, incidents] = await Promise.all([
    db().$queryRaw<DutyRow[]>`
      SELECT s.name AS system, o.title, o.article, to_char(o."dueDate", 'YYYY-MM-DD') AS due, u.name AS owner
      FROM (SELECT o."systemId", o.title, o.article, o."dueDate", o."ownerId", o.id FROM "Obligation" o
            WHERE o."organizationId" = ${organizationId} AND o."obsoleteAt" IS NULL AND ${OPEN} AND o."dueDate" < ${today}::date
            ORDER BY o."dueDate", o."systemId", o.article, o.id LIMIT ${ANNEX_LIMIT}) o
      JOIN "AiSystem" s ON s.id = o."systemId" AND s."organizationId" = ${organizationId}
      LEFT JOIN "User" u ON u.id = o."ownerId"
      ORDER BY o."dueDate", s.name, o.article, o.id`,
    systemAttention(organizationId, {}, ANNEX_LIMIT),
    highRiskMissing(organizationId),
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
    overdue: { total: overdueTotal, items: overdue.map(({ due, ...d }) => ({ ...d, dueDate: due })) },
    lists: {
      prohibitedInUse: toListed(attention.prohibitedInUse),
      awaitingReview: toListed(attention.awaitingReview),
      undetermined: toListed(attention.undetermined),
      friaMissing: missing.fria,
      registrationMissing: missing.registration,
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
