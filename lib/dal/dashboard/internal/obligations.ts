import "server-only";
import { readDb } from "@/lib/db/replicas";
import { Prisma, Tier } from "@/lib/db/generated/client";
import { FRIA_ARTICLE, REGISTRATION_ARTICLE } from "@/lib/dashboard/articles";
import type { DayRow } from "@/lib/dashboard/day-rows";
import { quarterOf } from "@/lib/dashboard/quarters";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import type { NamedSystems } from "@/lib/dal/dashboard/internal/systems";
import { DONE, OPEN, obligationOnlyWhere } from "@/lib/dal/dashboard/internal/sql";

// Every obligation figure of the dashboard from ONE pass over the organisation's applicable (non-obsolete)
// obligations. At 1,000,000 obligations the three separate passes this replaces (figures, systems per quarter,
// FRIA/registration lists) cost ~3× the time; the pass reads the partial covering index
// "Obligation_portfolio_idx" (organizationId, systemId, appliesFrom) INCLUDE (status, dueDate, ownerId, role,
// article) WHERE obsoleteAt IS NULL in system order, so it folds rows per (system, day) without a sort and
// without touching the table. Called only by lib/dal/dashboard/dashboard.ts, after authorize() produced the organisation id.

export type Ratio = { applicable: number; done: number };
export type QuarterRow = { quarter: string; obligations: number; done: number; systems: number; dates: string[] };
export type ObligationFigures = {
  overall: Ratio;
  byTier: (Ratio & { tier: string | null })[];
  byUnit: (Ratio & { unit: string })[];
  byQuarter: QuarterRow[];
  /** Per application date, for the next deadline and the due-now / starting-later split (lib/dashboard). */
  byDay: DayRow[];
  overdue: number;
  registrationOpen: number;
  fria: NamedSystems;
  registration: NamedSystems;
};

type Row = Ratio & {
  kind: "figure" | "fria" | "registration";
  g: number;
  tier: string | null;
  unit: string | null;
  quarter: string | null;
  day: string | null;
  overdue: number;
  registration_open: number;
  systems: number;
  id: string;
  name: string;
  total: number;
};
// GROUPING(tier, unit, quarter, day): a bit is set for each column the row is NOT grouped by.
const TIER_SET = 0b0111;
const UNIT_SET = 0b1011;
const QUARTER_SET = 0b1101;
const DAY_SET = 0b1110;

const TIERS = Object.values(Tier);
const contains = (text: string) => Prisma.sql`o.article ILIKE ${`%${text}%`}`;

// per_day holds one row per (system, day) (~150,000 at full size); cells adds each system's tier, unit and name once
// per row; the grouping sets add rows up by tier, unit, quarter, day and overall with plain sums (a row per system and
// day makes a day's row count its systems; DISTINCT aggregates there made the sets sort-based, ~2 s at full size),
// quarter_systems counts the distinct systems per quarter apart, and `flagged` lists high-risk systems with an open
// FRIA or registration duty. A quarter's dates come from the day rows.
export async function obligationFigures(
  organizationId: string,
  f: DashboardFilters,
  today: string,
  limit = 5,
): Promise<ObligationFigures> {
  const unit = f.unit ? Prisma.sql`AND s."businessUnit" = ${f.unit}` : Prisma.empty;
  // A business unit narrows the systems first, so only their obligations are read.
  const unitSystems = (alias: "o" | "c") =>
    f.unit
      ? Prisma.sql`AND ${Prisma.raw(alias)}."systemId" IN (SELECT id FROM "AiSystem" WHERE "organizationId" = ${organizationId} AND "businessUnit" = ${f.unit})`
      : Prisma.empty;
  // Without an owner or role filter (the usual view, the portfolio report and the nightly snapshot) the per-day
  // figures are the running totals in "ObligationDayCell" (kept by triggers on "Obligation"): ~150,000 cells instead of
  // 1,000,000 obligations. Overdue depends on today, so it is counted apart, by the (organizationId, status, dueDate)
  // index. The owner and role are columns of the obligations themselves, so those views fold the obligations.
  const fromCells = !f.owner && !f.role;
  const perDay = fromCells
    ? Prisma.sql`SELECT c."systemId" AS sid, c.day, c.applicable, c.done, 0 AS overdue,
               c."registrationOpen" AS registration_open, c."friaOpen" AS fria_open
        FROM "ObligationDayCell" c WHERE c."organizationId" = ${organizationId} ${unitSystems("c")}`
    : Prisma.sql`SELECT o."systemId" AS sid, o."appliesFrom" AS day, count(*) AS applicable, count(*) FILTER (WHERE ${DONE}) AS done,
               count(*) FILTER (WHERE ${OPEN} AND o."dueDate" < ${today}::date) AS overdue,
               count(*) FILTER (WHERE ${OPEN} AND ${contains(REGISTRATION_ARTICLE)}) AS registration_open,
               count(*) FILTER (WHERE ${OPEN} AND ${contains(FRIA_ARTICLE)}) AS fria_open
        FROM "Obligation" o WHERE ${obligationOnlyWhere(organizationId, f)} ${unitSystems("o")}
        GROUP BY 1, 2`;
  const { rows, overdue } = await readDb().$transaction(
    async (tx) => {
      // The distinct-count sorts need a few tens of MB at full size; without this they spill to disk.
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      // The covering index is read whole and in order; with the default (spinning-disk) page cost the planner prefers
      // scanning the ~4× larger table and sorting or hashing.
      await tx.$executeRaw`SET LOCAL random_page_cost = 1.1`;
      const overdue = fromCells
        ? await tx.$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM "Obligation" o
            WHERE ${obligationOnlyWhere(organizationId, f)} ${unitSystems("o")} AND ${OPEN} AND o."dueDate" < ${today}::date`
        : null;
      const rows = await tx.$queryRaw<Row[]>`
      WITH per_day AS (${perDay}),
      cells AS MATERIALIZED (
        SELECT p.*, s.tier, s."businessUnit" AS unit, s.name, date_trunc('quarter', p.day)::date AS quarter
        FROM per_day p JOIN "AiSystem" s ON s.id = p.sid AND s."organizationId" = ${organizationId} ${unit}),
      figures AS (
        SELECT GROUPING(tier, unit, quarter, day)::int AS g, tier::text AS tier, unit, quarter AS qd,
               to_char(day, 'YYYY-MM-DD') AS day,
               coalesce(sum(applicable), 0)::int AS applicable, coalesce(sum(done), 0)::int AS done, coalesce(sum(overdue), 0)::int AS overdue,
               coalesce(sum(registration_open) FILTER (WHERE tier = 'HIGH'), 0)::int AS registration_open,
               count(*)::int AS cell_count
        FROM cells GROUP BY GROUPING SETS ((tier), (unit), (quarter), (day), ())),
      quarter_systems AS (SELECT qd, count(*)::int AS systems FROM (SELECT DISTINCT quarter AS qd, sid FROM cells) q GROUP BY qd),
      flagged AS (
        SELECT sid AS id, min(name) AS name, sum(fria_open) > 0 AS fria, sum(registration_open) > 0 AS registration
        FROM cells WHERE tier = 'HIGH' AND (fria_open > 0 OR registration_open > 0) GROUP BY sid)
      SELECT 'figure' AS kind, g, tier, unit, to_char(qd, 'YYYY-"Q"Q') AS quarter, day, applicable, done, overdue, registration_open,
             coalesce(qs.systems, f.cell_count) AS systems, NULL::text AS id, NULL::text AS name, NULL::int AS total
      FROM figures f LEFT JOIN quarter_systems qs USING (qd)
      UNION ALL
      (SELECT 'fria', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, id, name, count(*) OVER ()::int
       FROM flagged WHERE fria ORDER BY name LIMIT ${limit})
      UNION ALL
      (SELECT 'registration', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, id, name, count(*) OVER ()::int
       FROM flagged WHERE registration ORDER BY name LIMIT ${limit})`;
      return { rows, overdue: overdue?.[0]?.n };
    },
    { timeout: 30_000 },
  );
  const figures = toFigures(rows);
  return overdue === undefined ? figures : { ...figures, overdue };
}

function toFigures(rows: Row[]): ObligationFigures {
  const result: ObligationFigures = {
    overall: { applicable: 0, done: 0 },
    byTier: [],
    byUnit: [],
    byQuarter: [],
    byDay: [],
    overdue: 0,
    registrationOpen: 0,
    fria: named(rows, "fria"),
    registration: named(rows, "registration"),
  };
  for (const r of rows.filter((row) => row.kind === "figure")) {
    const ratio = { applicable: r.applicable, done: r.done };
    if (r.g === TIER_SET) result.byTier.push({ tier: r.tier, ...ratio });
    else if (r.g === UNIT_SET) result.byUnit.push({ unit: r.unit ?? "", ...ratio });
    else if (r.g === QUARTER_SET)
      result.byQuarter.push({
        quarter: r.quarter ?? "",
        obligations: r.applicable,
        done: r.done,
        systems: r.systems,
        dates: [],
      });
    else if (r.g === DAY_SET)
      result.byDay.push({ day: r.day ?? "", obligations: r.applicable, done: r.done, systems: r.systems });
    // The overall row sums no cells when nothing matches; coalesce keeps it at zero rather than null.
    else Object.assign(result, { overall: ratio, overdue: r.overdue, registrationOpen: r.registration_open });
  }
  // Severity order (the enum's), not yet classified last: the grouping sets are hashed and come in no order.
  const rank = (tier: string | null) => (tier === null ? TIERS.length : TIERS.indexOf(tier as Tier));
  result.byTier.sort((a, b) => rank(a.tier) - rank(b.tier));
  result.byUnit.sort((a, b) => a.unit.localeCompare(b.unit));
  result.byQuarter.sort((a, b) => a.quarter.localeCompare(b.quarter));
  result.byDay.sort((a, b) => a.day.localeCompare(b.day));
  for (const q of result.byQuarter)
    q.dates = result.byDay.filter((d) => quarterOf(d.day) === q.quarter).map((d) => d.day);
  return result;
}

function named(rows: Row[], kind: Row["kind"]): NamedSystems {
  const mine = rows.filter((r) => r.kind === kind);
  return { total: mine[0]?.total ?? 0, examples: mine.map(({ id, name }) => ({ id, name })) };
}
