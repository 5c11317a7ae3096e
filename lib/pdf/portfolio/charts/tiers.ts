import { TIER_COLORS } from "@/lib/dashboard/palette";
import { TIER_CODES, type TierCode } from "@/lib/validations/system-fields";
import { contentWidth, font, left, type BaseCtx } from "../../context";
import { tierLabel } from "../../labels";
import { COLORS, SIZES } from "../../theme";
import { count } from "../format";
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

/** Systems per risk tier as horizontal bars, each with its count and share written beside it. */
export function drawTierChart(ctx: BaseCtx, byTier: readonly TierCount[], total: number): void {
  const rows = tiersBySeverity(byTier);
  const x = left(ctx) + LABEL;
  const track = contentWidth(ctx) - LABEL - VALUE;
  const top = chartStart(ctx, "AI systems per risk tier (most severe first)", rows.length * ROW + 20);
  const layout = barLayout(
    rows.map((r) => ({ label: tierLabel(r.tier), value: r.count })),
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
    font(ctx, "regular", SIZES.small, COLORS.text).text(bar.label, left(ctx), bar.y + 4, {
      width: LABEL - 8,
      lineBreak: false,
    });
    drawBar(ctx, x, bar.y + 3, bar.width, ROW - 6, TIER_COLORS[tier ?? "NONE"]);
    const share = total ? ` (${Math.round((bar.value / total) * 100)}%)` : "";
    font(ctx, "bold", SIZES.small, COLORS.text).text(`${count(bar.value)}${share}`, x + bar.width + 4, bar.y + 4, {
      lineBreak: false,
    });
  });
  chartEnd(ctx, axisY + 12);
}
