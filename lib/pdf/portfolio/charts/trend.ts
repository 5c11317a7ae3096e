import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { OVERDUE_COLOR, READINESS_COLORS, TIER_COLORS } from "@/lib/dashboard/palette";
import { formatDateIn } from "@/lib/i18n/format";
import { contentWidth, font, left } from "../../context";
import { COLORS, SIZES } from "../../theme";
import { portfolioWords, type PortfolioCtx } from "../words";

const chartText = (ctx: PortfolioCtx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "PortfolioCharts" });
import type { TrendPoint } from "../snapshot";
import { chartEnd, chartStart, gridLine, legend } from "./frame";
import { linePoints, niceMax, ticks } from "./layout";

type Series = { label: string; color: string; dash: boolean; values: (number | null)[]; unit: string };

const AXIS = 34;
const HEIGHT = 96;
/** Room for the section's intro and its first chart (chartStart's own need), to keep that chart with its heading. */
export const TREND_CHART_SPACE = 50 + HEIGHT + 60 + 30;

// One panel of lines over the days of the trend: first, middle and last day on the axis, a dashed line where a
// second series shares the colour's meaning, and each series' first and last value written in the legend.
function drawPanel(ctx: PortfolioCtx, title: string, days: string[], series: Series[], fixedMax?: number): void {
  const { doc } = ctx;
  const tr = chartText(ctx);
  const { count } = portfolioWords(ctx.locale);
  const top = chartStart(ctx, title, HEIGHT + 60);
  const x = left(ctx) + AXIS;
  const width = contentWidth(ctx) - AXIS - 8;
  const baseline = top + 8 + HEIGHT;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scaleMax = fixedMax ?? niceMax(Math.max(0, ...all));
  for (const t of ticks(scaleMax)) {
    const y = baseline - (t / scaleMax) * HEIGHT;
    gridLine(ctx, x, y, x + width, y);
    font(ctx, "regular", SIZES.tiny, COLORS.faint).text(count(t), left(ctx), y - 3, {
      width: AXIS - 6,
      align: "right",
    });
  }
  for (const s of series) {
    const points = linePoints(
      s.values.map((v) => v ?? 0),
      { x, baseline, width, height: HEIGHT },
      scaleMax,
    );
    // A day without a value (no duties yet) breaks the line instead of dropping it to zero.
    let drawing = false;
    points.forEach((p, i) => {
      if (s.values[i] === null) return void (drawing = false);
      if (drawing) doc.lineTo(p.x, p.y);
      else doc.moveTo(p.x, p.y);
      drawing = true;
    });
    if (s.dash) doc.dash(4, { space: 3 });
    doc.lineWidth(1.6).strokeColor(s.color).stroke().undash();
  }
  const marks = [0, Math.floor((days.length - 1) / 2), days.length - 1].filter((v, i, a) => a.indexOf(v) === i);
  for (const i of marks) {
    const px = days.length > 1 ? x + (i / (days.length - 1)) * width : x + width / 2;
    const align = i === 0 ? "left" : i === days.length - 1 ? "right" : "center";
    const bx = align === "left" ? px : align === "right" ? px - 80 : px - 40;
    font(ctx, "regular", SIZES.tiny, COLORS.muted).text(formatDateIn(ctx.locale, days[i] ?? ""), bx, baseline + 3, {
      width: 80,
      align,
      lineBreak: false,
    });
  }
  const ends = (s: Series) => {
    const known = s.values.filter((v): v is number => v !== null);
    if (known.length === 0) return tr("noData", { label: s.label });
    const value = (v: number) => (s.unit ? tr("percentValue", { value: count(v) }) : count(v));
    return `${s.label}: ${value(known[0] ?? 0)} → ${value(known.at(-1) ?? 0)}`;
  };
  legend(
    ctx,
    series.map((s) => ({ color: s.color, label: s.dash ? tr("dashed", { label: ends(s) }) : ends(s) })),
    x,
    baseline + 16,
  );
  chartEnd(ctx, baseline + 28);
}

/** The headline figures over time, from the daily dashboard snapshots; nothing is drawn for fewer than two days. */
export function drawTrend(ctx: PortfolioCtx, points: readonly TrendPoint[]): boolean {
  if (points.length < 2) return false;
  const tr = chartText(ctx);
  const days = points.map((p) => p.day);
  drawPanel(
    ctx,
    tr("readinessOverTime"),
    days,
    [
      {
        label: tr("dueNow"),
        color: READINESS_COLORS.done,
        dash: false,
        values: points.map((p) => p.dueNowPct),
        unit: "%",
      },
      {
        label: tr("later"),
        color: READINESS_COLORS.done,
        dash: true,
        values: points.map((p) => p.laterPct),
        unit: "%",
      },
    ],
    100,
  );
  drawPanel(ctx, tr("overdueOverTime"), days, [
    { label: tr("overdue"), color: OVERDUE_COLOR, dash: false, values: points.map((p) => p.overdue), unit: "" },
    {
      label: tr("highRisk"),
      color: TIER_COLORS.HIGH,
      dash: true,
      values: points.map((p) => p.highRisk),
      unit: "",
    },
  ]);
  return true;
}
