import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { StoredClassification } from "@/lib/classification/display";
import { formatDateIn } from "@/lib/i18n/format";
import { LIFECYCLE_STAGES } from "@/lib/validations/system-fields";
import { ensureSpace, keyValues, paragraph, startSection, subheading } from "../context";
import { table as drawTable, type Cell, type Column } from "../table";
import { COLORS } from "../theme";
import { ANNEX_KEYS, annexReference, annexTitle, listedIn, type AnnexRefs } from "./annex";
import { drawQuarterChart, QUARTER_CHART_SPACE } from "./charts/quarters";
import { drawTierChart, tiersBySeverity } from "./charts/tiers";
import { drawTrend, TREND_CHART_SPACE } from "./charts/trend";
import type { PortfolioSnapshot } from "./snapshot";
import { portfolioWords, type PortfolioCtx } from "./words";

type Figures = PortfolioSnapshot["figures"];
const sectionText = (ctx: PortfolioCtx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "PortfolioSections" });

export function drawPortfolio(ctx: PortfolioCtx, f: Figures): void {
  const t = sectionText(ctx);
  const w = portfolioWords(ctx.locale);
  const { count } = w;
  // A new page: the executive summary stays one page on its own.
  startSection(ctx, t("portfolio"));
  const share = (n: number) => w.share(n, f.systems.total);
  const columns = (first: string) => [
    { header: first, width: 0.6 },
    { header: t("systems"), width: 0.2 },
    { header: t("share"), width: 0.2 },
  ];
  drawTierChart(ctx, f.systems.byTier, f.systems.total);
  table(
    ctx,
    columns(t("tier")),
    tiersBySeverity(f.systems.byTier).map((r) => [w.tier(r.tier), count(r.count), share(r.count)]),
  );
  subheading(ctx, t("byRole"));
  paragraph(ctx, t("byRoleNote"), {
    color: COLORS.muted,
  });
  table(
    ctx,
    columns(t("role")),
    f.systems.byRole.map((r) => [w.role(r.role), count(r.count), share(r.count)]),
  );
  subheading(ctx, t("byUnit"));
  table(
    ctx,
    columns(t("unit")),
    f.systems.byUnit.map((r) => [r.unit || w.noUnit(), count(r.count), share(r.count)]),
  );
  // Five rows: kept whole on one page rather than one row carried over.
  ensureSpace(ctx, 48 + 18 * (LIFECYCLE_STAGES.length + 1));
  subheading(ctx, t("byLifecycle"));
  table(
    ctx,
    columns(t("lifecycle")),
    LIFECYCLE_STAGES.map((stage) => {
      const n = f.systems.byLifecycle.find((r) => r.stage === stage)?.count ?? 0;
      return [w.lifecycle(stage), count(n), share(n)];
    }),
  );
}

export function drawReadiness(ctx: PortfolioCtx, f: Figures): void {
  const t = sectionText(ctx);
  const w = portfolioWords(ctx.locale);
  const { count, percent } = w;
  startSection(ctx, t("readiness"), { flow: true });
  keyValues(ctx, [[t("readinessAll"), w.ratio(f.readiness.overall)]], 150);
  paragraph(ctx, t("readinessNote"), {
    color: COLORS.muted,
  });
  const columns = (first: string) => [
    { header: first, width: 0.46 },
    { header: t("done"), width: 0.18 },
    { header: t("applicable"), width: 0.18 },
    { header: t("ready"), width: 0.18 },
  ];
  subheading(ctx, t("byTier"));
  table(
    ctx,
    columns(t("tier")),
    tiersBySeverity(f.readiness.byTier.map((r) => ({ tier: r.tier, count: 0 })))
      .map((tier) => f.readiness.byTier.find((r) => r.tier === tier.tier))
      .filter((r) => r !== undefined)
      .map((r) => [w.tier(r.tier), count(r.done), count(r.applicable), percent(r)]),
  );
  subheading(ctx, t("byUnit"));
  table(
    ctx,
    columns(t("unit")),
    f.readiness.byUnit.map((r) => [r.unit || w.noUnit(), count(r.done), count(r.applicable), percent(r)]),
  );
  subheading(ctx, t("furthestBehind"));
  if (f.furthestBehind.length === 0) paragraph(ctx, t("noneBehind"));
  else
    table(
      ctx,
      columns(t("aiSystemColumn")),
      f.furthestBehind.map((s) => [
        { text: s.name, sub: w.classification(s as StoredClassification) },
        count(s.done),
        count(s.applicable),
        percent(s),
      ]),
    );
}

export function drawTimeline(ctx: PortfolioCtx, f: Figures): void {
  const t = sectionText(ctx);
  const w = portfolioWords(ctx.locale);
  const { count } = w;
  startSection(ctx, t("timeline"), { flow: true, keep: QUARTER_CHART_SPACE });
  paragraph(ctx, t("timelineNote"), { color: COLORS.muted });
  if (f.timeline.length === 0) return paragraph(ctx, t("noObligations"));
  drawQuarterChart(ctx, f.timeline, f.currentQuarter);
  // A short table is kept whole (a page holds ~35 rows): two rows carried over to the next page read as an accident.
  if (f.timeline.length <= 30) ensureSpace(ctx, 30 + 18 * f.timeline.length);
  table(
    ctx,
    [
      { header: t("quarter"), width: 0.16 },
      { header: t("applicationDates"), width: 0.36 },
      { header: t("obligations"), width: 0.16 },
      { header: t("done"), width: 0.16 },
      { header: t("systems"), width: 0.16 },
    ],
    f.timeline.map((q) => [
      { text: w.quarter(q.quarter), fontKey: q.quarter === f.currentQuarter ? "bold" : "regular" },
      q.dates.map((d) => formatDateIn(ctx.locale, d)).join(", "),
      count(q.obligations),
      count(q.done),
      count(q.systems),
    ]),
  );
}

export function drawTrendSection(ctx: PortfolioCtx, s: PortfolioSnapshot): void {
  const t = sectionText(ctx);
  startSection(ctx, t("trend"), { flow: true, keep: TREND_CHART_SPACE });
  paragraph(ctx, t("trendNote"), { color: COLORS.muted });
  if (!drawTrend(ctx, s.detail.trend))
    paragraph(
      ctx,
      s.detail.trend.length === 1
        ? t("trendOneDay", { day: formatDateIn(ctx.locale, s.detail.trend[0]?.day ?? "") })
        : t("trendNoDays"),
    );
}

export function drawAttention(ctx: PortfolioCtx, s: PortfolioSnapshot, refs: AnnexRefs): void {
  const t = sectionText(ctx);
  const { count } = portfolioWords(ctx.locale);
  const d = s.detail;
  startSection(ctx, t("attention"), { flow: true });
  for (const key of [
    "prohibitedInUse",
    "awaitingReview",
    "undetermined",
    "friaMissing",
    "registrationMissing",
  ] as const) {
    const list = d.lists[key];
    subheading(ctx, t("listHeading", { title: annexTitle(ctx, key), count: count(list.total) }));
    if (list.total === 0) {
      paragraph(ctx, t("none"), { color: COLORS.muted });
      continue;
    }
    const shown = list.items.slice(0, INLINE);
    const more = list.total - shown.length;
    const names = shown.map((e) => e.name).join("; ");
    paragraph(ctx, more > 0 ? t("namesAndMore", { names, more: count(more) }) : t("names", { names }));
    annexReference(ctx, refs, ANNEX_KEYS[key], listedIn(ctx, list, t("alsoListed"), INLINE));
  }
  subheading(ctx, t("overdue", { count: count(d.overdue.total) }));
  paragraph(ctx, t("overdueNote"), { color: COLORS.muted });
  if (d.overdue.total)
    annexReference(
      ctx,
      refs,
      ANNEX_KEYS.overdue,
      listedIn(ctx, d.overdue, t("eachListed", { count: count(d.overdue.total) }), INLINE),
    );
  subheading(ctx, t("incidents", { count: count(d.incidents.total) }));
  if (d.incidents.total) annexReference(ctx, refs, ANNEX_KEYS.incidents, t("incidentsListed"));
  else paragraph(ctx, t("none"), { color: COLORS.muted });
}

// A breakdown with no rows says so instead of printing a table of headings only.
function table(ctx: PortfolioCtx, columns: Column[], rows: Cell[][]): void {
  if (rows.length === 0) paragraph(ctx, sectionText(ctx)("noneRecorded"), { color: COLORS.muted });
  else drawTable(ctx, columns, rows);
}

// Names written out in the section; the annex lists every one.
const INLINE = 5;
