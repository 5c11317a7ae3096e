import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { READINESS_COLORS } from "@/lib/dashboard/palette";
import { contentWidth, font, left } from "../../context";
import { COLORS, SIZES } from "../../theme";
import { portfolioWords, type PortfolioCtx } from "../words";

const chartText = (ctx: PortfolioCtx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "PortfolioCharts" });
import { bar, chartEnd, chartStart, gridLine, legend } from "./frame";
import { columnLayout, ticks } from "./layout";

type Quarter = { quarter: string; obligations: number; done: number };

const AXIS = 34;
const HEIGHT = 130;
/** Room for the section's intro line and the chart (chartStart's own need), to keep the chart with its heading. */
export const QUARTER_CHART_SPACE = 50 + HEIGHT + 56 + 30;

/** Duties per quarter in which they begin to apply, stacked done / open, each column's total written above it. */
export function drawQuarterChart(ctx: PortfolioCtx, timeline: readonly Quarter[], currentQuarter: string): void {
  const tr = chartText(ctx);
  const { count, quarter } = portfolioWords(ctx.locale);
  const top = chartStart(ctx, tr("quarters"), HEIGHT + 56);
  const x = left(ctx) + AXIS;
  const baseline = top + 14 + HEIGHT;
  const { columns, scaleMax } = columnLayout(
    timeline.map((q) => ({ label: quarter(q.quarter), done: q.done, open: q.obligations - q.done })),
    { x, baseline, width: contentWidth(ctx) - AXIS, height: HEIGHT, labelWidth: 44 },
  );
  for (const t of ticks(scaleMax)) {
    const y = baseline - (t / scaleMax) * HEIGHT;
    gridLine(ctx, x, y, x + contentWidth(ctx) - AXIS, y);
    font(ctx, "regular", SIZES.tiny, COLORS.faint).text(count(t), left(ctx), y - 3, {
      width: AXIS - 6,
      align: "right",
    });
  }
  columns.forEach((c, i) => {
    const q = timeline[i];
    if (!q) return;
    bar(ctx, c.x, c.done.y, c.width, c.done.height, READINESS_COLORS.done);
    bar(ctx, c.x, c.open.y, c.width, c.open.height, READINESS_COLORS.open);
    // Totals over crowded columns would collide; the table below the chart gives every quarter's figures.
    if (!c.showLabel) return;
    const total = count(q.obligations);
    font(ctx, "bold", SIZES.tiny, COLORS.text).text(total, c.x - 10, c.open.y - 9, {
      width: c.width + 20,
      align: "center",
      lineBreak: false,
    });
    const current = q.quarter === currentQuarter;
    font(ctx, current ? "bold" : "regular", SIZES.tiny, current ? COLORS.text : COLORS.muted).text(
      c.label,
      c.x - 14,
      baseline + 3,
      { width: c.width + 28, align: "center", lineBreak: false },
    );
  });
  legend(
    ctx,
    [
      { color: READINESS_COLORS.done, label: tr("done") },
      { color: READINESS_COLORS.open, label: tr("open") },
    ],
    x,
    baseline + 16,
  );
  chartEnd(ctx, baseline + 28);
}
