import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import type { ReadinessPart, ReadinessSplit } from "@/lib/dashboard/readiness-split";
import { READINESS_COLORS } from "@/lib/dashboard/palette";
import { contentWidth, font, left } from "../../context";
import { COLORS, SIZES } from "../../theme";
import { portfolioWords, type PortfolioCtx } from "../words";

const chartText = (ctx: PortfolioCtx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "PortfolioCharts" });
import { bar, chartEnd, chartStart, legend } from "./frame";
import { stackLayout } from "./layout";

const LABEL = 110;
const ROW = 34;

/** "38 of 175 done (21%), 137 open"; the share is rounded down so 99.6% never reads as done. */
export function partText(ctx: PortfolioCtx, p: ReadinessPart): string {
  const tr = chartText(ctx);
  const w = portfolioWords(ctx.locale);
  if (p.applicable === 0) return tr("noDuties");
  return tr("part", { done: w.count(p.done), of: w.count(p.applicable), pct: w.percent(p), open: w.count(p.open) });
}

/** Duties that apply now and duties that start later, each a 100% bar of done and open, with the figures beside. */
export function drawReadinessSplit(ctx: PortfolioCtx, split: ReadinessSplit): void {
  const { doc } = ctx;
  const tr = chartText(ctx);
  const x = left(ctx) + LABEL;
  const width = contentWidth(ctx) - LABEL;
  const top = chartStart(ctx, tr("split"), 2 * ROW + 20);
  const rows: [string, ReadinessPart][] = [
    [tr("dueNow"), split.dueNow],
    [tr("later"), split.startingLater],
  ];
  rows.forEach(([label, part], i) => {
    const y = top + i * ROW;
    font(ctx, "bold", SIZES.small, COLORS.text).text(label, left(ctx), y + 3, { width: LABEL - 8, lineBreak: false });
    const segments = stackLayout(
      [
        { key: "done", value: part.done },
        { key: "open", value: part.open },
      ],
      x,
      width,
    );
    if (part.applicable === 0) doc.rect(x, y, width, 14).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    for (const s of segments) bar(ctx, s.x, y, s.width, 14, READINESS_COLORS[s.key]);
    font(ctx, "regular", SIZES.small, COLORS.muted).text(partText(ctx, part), x, y + 17, { width, lineBreak: false });
  });
  const legendY = top + 2 * ROW;
  legend(
    ctx,
    [
      { color: READINESS_COLORS.done, label: tr("done") },
      { color: READINESS_COLORS.open, label: tr("open") },
    ],
    x,
    legendY,
  );
  chartEnd(ctx, legendY + 12);
}
