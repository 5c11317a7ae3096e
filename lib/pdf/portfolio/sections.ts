import { classificationText, type StoredClassification } from "@/lib/classification/display";
import { quarterLabel } from "@/lib/dashboard/quarters";
import { formatDate } from "@/lib/utils";
import { LIFECYCLE_LABELS, LIFECYCLE_STAGES } from "@/lib/validations/system-fields";
import { ensureSpace, keyValues, paragraph, startSection, subheading, type BaseCtx } from "../context";
import { label, roleLabel, tierLabel } from "../labels";
import { table as drawTable, type Cell, type Column } from "../table";
import { COLORS } from "../theme";
import { ANNEX_KEYS, ANNEX_TITLES, annexReference, listedIn, type AnnexRefs } from "./annex";
import { drawQuarterChart, QUARTER_CHART_SPACE } from "./charts/quarters";
import { drawTierChart, tiersBySeverity } from "./charts/tiers";
import { drawTrend, TREND_CHART_SPACE } from "./charts/trend";
import { count, percent, ratio } from "./format";
import type { PortfolioSnapshot } from "./snapshot";

type Figures = PortfolioSnapshot["figures"];

export function drawPortfolio(ctx: BaseCtx, f: Figures): void {
  // A new page: the executive summary stays one page on its own.
  startSection(ctx, "The portfolio");
  const share = (n: number) => (f.systems.total ? `${Math.round((n / f.systems.total) * 100)}%` : "—");
  const columns = (first: string) => [
    { header: first, width: 0.6 },
    { header: "Systems", width: 0.2 },
    { header: "Share", width: 0.2 },
  ];
  drawTierChart(ctx, f.systems.byTier, f.systems.total);
  table(
    ctx,
    columns("Tier"),
    tiersBySeverity(f.systems.byTier).map((r) => [tierLabel(r.tier), count(r.count), share(r.count)]),
  );
  subheading(ctx, "By the organisation's role");
  paragraph(ctx, "A system can carry several roles, so these add up to more than the number of systems.", {
    color: COLORS.muted,
  });
  table(
    ctx,
    columns("Role"),
    f.systems.byRole.map((r) => [roleLabel(r.role), count(r.count), share(r.count)]),
  );
  subheading(ctx, "By business unit");
  table(
    ctx,
    columns("Business unit"),
    f.systems.byUnit.map((r) => [r.unit || "No unit recorded", count(r.count), share(r.count)]),
  );
  // Five rows: kept whole on one page rather than one row carried over.
  ensureSpace(ctx, 48 + 18 * (LIFECYCLE_STAGES.length + 1));
  subheading(ctx, "By lifecycle stage");
  table(
    ctx,
    columns("Lifecycle stage"),
    LIFECYCLE_STAGES.map((stage) => {
      const n = f.systems.byLifecycle.find((r) => r.stage === stage)?.count ?? 0;
      return [label(LIFECYCLE_LABELS, stage), count(n), share(n)];
    }),
  );
}

export function drawReadiness(ctx: BaseCtx, f: Figures): void {
  startSection(ctx, "Readiness", { flow: true });
  keyValues(ctx, [["Readiness, all systems", ratio(f.readiness.overall)]], 150);
  paragraph(ctx, "Duties due now and duties starting later together; the executive summary shows them apart.", {
    color: COLORS.muted,
  });
  const columns = (first: string) => [
    { header: first, width: 0.46 },
    { header: "Done", width: 0.18 },
    { header: "Applicable", width: 0.18 },
    { header: "Ready", width: 0.18 },
  ];
  subheading(ctx, "By risk tier");
  table(
    ctx,
    columns("Tier"),
    tiersBySeverity(f.readiness.byTier.map((r) => ({ tier: r.tier, count: 0 })))
      .map((t) => f.readiness.byTier.find((r) => r.tier === t.tier))
      .filter((r) => r !== undefined)
      .map((r) => [tierLabel(r.tier), count(r.done), count(r.applicable), percent(r)]),
  );
  subheading(ctx, "By business unit");
  table(
    ctx,
    columns("Business unit"),
    f.readiness.byUnit.map((r) => [r.unit || "No unit recorded", count(r.done), count(r.applicable), percent(r)]),
  );
  subheading(ctx, "Systems furthest behind");
  if (f.furthestBehind.length === 0) paragraph(ctx, "No system has open obligations.");
  else
    table(
      ctx,
      columns("AI system"),
      f.furthestBehind.map((s) => [
        { text: s.name, sub: classificationText(s as StoredClassification) },
        count(s.done),
        count(s.applicable),
        percent(s),
      ]),
    );
}

export function drawTimeline(ctx: BaseCtx, f: Figures): void {
  startSection(ctx, "What comes due, per quarter", { flow: true, keep: QUARTER_CHART_SPACE });
  paragraph(
    ctx,
    "Obligations by the quarter in which they begin to apply, as the application dates of the AI Act arrive.",
    { color: COLORS.muted },
  );
  if (f.timeline.length === 0) return paragraph(ctx, "No obligations yet.");
  drawQuarterChart(ctx, f.timeline, f.currentQuarter);
  // A short table is kept whole (a page holds ~35 rows): two rows carried over to the next page read as an accident.
  if (f.timeline.length <= 30) ensureSpace(ctx, 30 + 18 * f.timeline.length);
  table(
    ctx,
    [
      { header: "Quarter", width: 0.16 },
      { header: "Application dates", width: 0.36 },
      { header: "Obligations", width: 0.16 },
      { header: "Done", width: 0.16 },
      { header: "Systems", width: 0.16 },
    ],
    f.timeline.map((q) => [
      { text: quarterLabel(q.quarter), fontKey: q.quarter === f.currentQuarter ? "bold" : "regular" },
      q.dates.map((d) => formatDate(d)).join(", "),
      count(q.obligations),
      count(q.done),
      count(q.systems),
    ]),
  );
}

export function drawTrendSection(ctx: BaseCtx, s: PortfolioSnapshot): void {
  startSection(ctx, "Trend", { flow: true, keep: TREND_CHART_SPACE });
  paragraph(
    ctx,
    "The headline figures as Actlas kept them once a day, over the last twelve months (one point a week when the period is long).",
    { color: COLORS.muted },
  );
  if (!drawTrend(ctx, s.detail.trend))
    paragraph(
      ctx,
      s.detail.trend.length === 1
        ? `Only one day is recorded so far (${formatDate(s.detail.trend[0]?.day ?? "")}); the lines appear from the second day.`
        : "No daily figures are recorded yet; the lines appear once Actlas has kept two days.",
    );
}

export function drawAttention(ctx: BaseCtx, s: PortfolioSnapshot, refs: AnnexRefs): void {
  const d = s.detail;
  startSection(ctx, "Needs attention", { flow: true });
  for (const key of [
    "prohibitedInUse",
    "awaitingReview",
    "undetermined",
    "friaMissing",
    "registrationMissing",
  ] as const) {
    const list = d.lists[key];
    subheading(ctx, `${ANNEX_TITLES[key]}: ${count(list.total)}`);
    if (list.total === 0) {
      paragraph(ctx, "None.", { color: COLORS.muted });
      continue;
    }
    const shown = list.items.slice(0, INLINE);
    const more = list.total - shown.length;
    paragraph(ctx, `${shown.map((e) => e.name).join("; ")}${more > 0 ? `; and ${count(more)} more` : ""}.`);
    annexReference(ctx, refs, ANNEX_KEYS[key], listedIn(list, "Also listed in", INLINE));
  }
  subheading(ctx, `Overdue duties: ${count(d.overdue.total)}`);
  paragraph(ctx, "Open duties whose planned due date has passed.", { color: COLORS.muted });
  if (d.overdue.total)
    annexReference(
      ctx,
      refs,
      ANNEX_KEYS.overdue,
      listedIn(d.overdue, `Each of the ${count(d.overdue.total)} is listed in`, INLINE),
    );
  subheading(ctx, `Open serious incidents: ${count(d.incidents.total)}`);
  if (d.incidents.total) annexReference(ctx, refs, ANNEX_KEYS.incidents, "Each is listed with its Art 73 clock in");
  else paragraph(ctx, "None.", { color: COLORS.muted });
}

// A breakdown with no rows says so instead of printing a table of headings only.
function table(ctx: BaseCtx, columns: Column[], rows: Cell[][]): void {
  if (rows.length === 0) paragraph(ctx, "None recorded.", { color: COLORS.muted });
  else drawTable(ctx, columns, rows);
}

// Names written out in the section; the annex lists every one.
const INLINE = 5;
