import { OUTLINE_COLOR } from "@/lib/dashboard/palette";
import type { RiskLabels } from "@/lib/risks/labels";
import { BAND_LABELS, BAND_RANGES, heatMap, RISK_BANDS, type RiskBand } from "@/lib/risks/score";
import { contentWidth, font, left, type BaseCtx } from "../context";
import { chartEnd, chartStart, legend } from "../portfolio/charts/frame";
import { COLORS, SIZES } from "../theme";

// Two small 5 × 5 grids side by side (before and after treatment), drawn as vectors. Each cell prints its count and
// the legend writes out each band's name and score range, so the colours (the app's light band fills with dark
// text) never carry meaning alone.

export const BAND_FILLS: Record<RiskBand, string> = {
  LOW: "#d1fae5",
  MEDIUM: "#fef3c7",
  HIGH: "#fed7aa",
  CRITICAL: "#fecaca",
};

type Point = { likelihood: number; impact: number };
export type HeatGrid = { title: string; points: Point[] };
/** The map's own words in the document's language; English when not given. */
export type HeatWords = { axes: string; band: (band: RiskBand) => string; impactLine: (scale: string) => string };
const ENGLISH: HeatWords = {
  axes: "Impact (columns), likelihood (rows)",
  band: (b) => BAND_LABELS[b],
  impactLine: (scale) => `Impact: ${scale}. Score = likelihood × impact.`,
};

const CELL_W = 30;
const CELL_H = 20;
const ROW_LABEL = 62;
const TITLE_H = 14;
const AXIS_H = 24;
const GRID_H = TITLE_H + CELL_H * 5 + AXIS_H;

function drawGrid(ctx: BaseCtx, grid: HeatGrid, labels: RiskLabels, words: HeatWords, x: number, y: number): void {
  const { doc } = ctx;
  font(ctx, "bold", SIZES.small, COLORS.text).text(grid.title, x, y, {
    width: ROW_LABEL + CELL_W * 5,
    lineBreak: false,
  });
  const top = y + TITLE_H;
  heatMap(grid.points).forEach((row, r) => {
    const cy = top + r * CELL_H;
    const likelihood = row[0]?.likelihood ?? 0;
    const word = labels.likelihoodLabels[likelihood - 1] ?? "";
    // A longer word ("Unwahrscheinlich") is set smaller rather than wrapped over the row below.
    const rowLabel = `${likelihood} ${word}`;
    const natural = font(ctx, "regular", SIZES.tiny).widthOfString(rowLabel);
    const size = natural > ROW_LABEL - 4 ? Math.max(4.5, (SIZES.tiny * (ROW_LABEL - 4)) / natural) : SIZES.tiny;
    font(ctx, "regular", size, COLORS.muted).text(rowLabel, x, cy + 6, {
      width: ROW_LABEL - 4,
      height: size + 2,
      align: "right",
      ellipsis: true,
    });
    row.forEach((cell, c) => {
      const cx = x + ROW_LABEL + c * CELL_W;
      doc.rect(cx, cy, CELL_W, CELL_H).lineWidth(0.5).fillAndStroke(BAND_FILLS[cell.band], OUTLINE_COLOR);
      if (cell.count > 0)
        font(ctx, "bold", SIZES.small, COLORS.text).text(String(cell.count), cx, cy + 6, {
          width: CELL_W,
          align: "center",
          lineBreak: false,
        });
    });
  });
  const axisY = top + CELL_H * 5 + 2;
  labels.impactLabels.forEach((_, i) => {
    font(ctx, "regular", SIZES.tiny, COLORS.muted).text(String(i + 1), x + ROW_LABEL + i * CELL_W, axisY, {
      width: CELL_W,
      align: "center",
      lineBreak: false,
    });
  });
  font(ctx, "regular", SIZES.tiny, COLORS.muted).text(words.axes, x + ROW_LABEL, axisY + 10, {
    width: CELL_W * 5 + 40,
    lineBreak: false,
  });
}

/** The grids in one row under a title, then the band legend and the impact scale's words. */
export function drawRiskHeatMaps(
  ctx: BaseCtx,
  title: string,
  grids: HeatGrid[],
  labels: RiskLabels,
  words: HeatWords = ENGLISH,
): void {
  const legendH = 30;
  const top = chartStart(ctx, title, GRID_H + legendH);
  const gap = 36;
  grids.forEach((grid, i) => drawGrid(ctx, grid, labels, words, left(ctx) + i * (ROW_LABEL + CELL_W * 5 + gap), top));
  const legendY = top + GRID_H + 4;
  legend(
    ctx,
    RISK_BANDS.map((b) => ({ color: BAND_FILLS[b], label: `${words.band(b)} ${BAND_RANGES[b]}` })),
    left(ctx),
    legendY,
  );
  font(ctx, "regular", SIZES.tiny, COLORS.muted).text(
    words.impactLine(labels.impactLabels.map((w, i) => `${i + 1} ${w}`).join(" · ")),
    left(ctx),
    legendY + 14,
    { width: contentWidth(ctx) },
  );
  chartEnd(ctx, legendY + 22);
}
