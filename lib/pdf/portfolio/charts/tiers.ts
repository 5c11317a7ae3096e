import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { TIER_COLORS } from "@/lib/dashboard/palette";
import { TIER_CODES, type TierCode } from "@/lib/validations/system-fields";
import { contentWidth, font, left } from "../../context";
import { COLORS, SIZES } from "../../theme";
import { portfolioWords, type PortfolioCtx, type PortfolioWords } from "../words";

const chartText = (ctx: PortfolioCtx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "PortfolioCharts" });
import { bar as drawBar, chartEnd, chartStart, gridLine } from "./frame";
import { barLayout, ticks } from "./layout";

type TierCount = { tier: string | null; count: number };

/** The tiers in severity order (prohibited first, not classified last), every tier present even at zero. */
export function tiersBySeverity(byTier: readonly TierCount[]): { tier: TierCode | null; count: number }[] {
  const of = (tier: string | null) => byTier.find((r) => r.tier === tier)?.count ?? 0;
  return [...TIER_CODES.map((tier) => ({ tier, count: of(tier) })), { tier: null, count: of(null) }];
}

const ROW = 17;
const LABEL = 140;
const VALUE = 70;

// The Act's name for a general-purpose AI model is too long for a bar's label in German or French; the chart says
// "GPAI" and the table under it gives the full name.
function chartLabel(ctx: PortfolioCtx, w: PortfolioWords, tier: string | null): string {
  if (tier === "GPAI") return chartText(ctx)("gpai");
  if (tier === "GPAI_SYSTEMIC") return chartText(ctx)("gpaiSystemic");
  return w.tier(tier);
}

/** Systems per risk tier as horizontal bars, each with its count and share written beside it. */
export function drawTierChart(ctx: PortfolioCtx, byTier: readonly TierCount[], total: number): void {
  const w = portfolioWords(ctx.locale);
  const { count } = w;
  const rows = tiersBySeverity(byTier);
  const x = left(ctx) + LABEL;
  const track = contentWidth(ctx) - LABEL - VALUE;
  const top = chartStart(ctx, chartText(ctx)("tiers"), rows.length * ROW + 20);
  const layout = barLayout(
    rows.map((r) => ({ label: chartLabel(ctx, w, r.tier), value: r.count })),
    { top, rowHeight: ROW, trackWidth: track },
  );
  const axisY = top + layout.height + 2;
  for (const t of ticks(layout.scaleMax)) {
    const tx = x + (t / layout.scaleMax) * track;
    gridLine(ctx, tx, top, tx, axisY);
    font(ctx, "regular", SIZES.tiny, COLORS.faint).text(count(t), tx - 20, axisY + 2, { width: 40, align: "center" });
  }
  layout.bars.forEach((bar, i) => {
    const tier = rows[i]?.tier ?? null;
    // A longer tier name ("KI-Modell mit allgemeinem Verwendungszweck") is set smaller, then cut, never wrapped
    // into the next bar's row.
    const natural = font(ctx, "regular", SIZES.small).widthOfString(bar.label);
    const size = natural > LABEL - 8 ? Math.max(6, (SIZES.small * (LABEL - 8)) / natural) : SIZES.small;
    font(ctx, "regular", size, COLORS.text).text(bar.label, left(ctx), bar.y + 4 + (SIZES.small - size) / 2, {
      width: LABEL - 8,
      height: size + 2,
      ellipsis: true,
    });
    drawBar(ctx, x, bar.y + 3, bar.width, ROW - 6, TIER_COLORS[tier ?? "NONE"]);
    const share = total ? ` (${w.share(bar.value, total)})` : "";
    font(ctx, "bold", SIZES.small, COLORS.text).text(`${count(bar.value)}${share}`, x + bar.width + 4, bar.y + 4, {
      lineBreak: false,
    });
  });
  chartEnd(ctx, axisY + 12);
}
