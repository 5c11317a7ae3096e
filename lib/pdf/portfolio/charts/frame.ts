import { OUTLINE_COLOR } from "@/lib/dashboard/palette";
import { contentWidth, ensureSpace, font, left, type BaseCtx } from "../../context";
import { COLORS, SIZES } from "../../theme";

// What every chart shares: a title that says what is counted, a legend whose entries are written out (colour never
// carries meaning alone), and the space check that keeps a chart whole on one page.

export type LegendEntry = { color: string; label: string };

/** Reserves `height` points below a title (a new page when the chart would not fit) and returns the chart's top. */
export function chartStart(ctx: BaseCtx, title: string, height: number): number {
  ensureSpace(ctx, height + 30);
  ctx.doc.moveDown(0.4);
  font(ctx, "bold", SIZES.body, COLORS.text).text(title, left(ctx), ctx.doc.y, { width: contentWidth(ctx) });
  return ctx.doc.y + 6;
}

/** Swatches with their labels in one row from `x`; returns the row's height. */
export function legend(ctx: BaseCtx, entries: readonly LegendEntry[], x: number, y: number): number {
  const { doc } = ctx;
  let at = x;
  font(ctx, "regular", SIZES.small, COLORS.muted);
  for (const e of entries) {
    doc
      .rect(at, y + 1, 8, 8)
      .lineWidth(0.5)
      .fillAndStroke(e.color, OUTLINE_COLOR);
    font(ctx, "regular", SIZES.small, COLORS.muted).text(e.label, at + 12, y, { lineBreak: false });
    at += 12 + doc.widthOfString(e.label) + 16;
  }
  return 12;
}

/** A filled bar with the palette's outline, so a pale fill keeps a visible edge against white. */
export function bar(ctx: BaseCtx, x: number, y: number, width: number, height: number, color: string): void {
  if (width <= 0 || height <= 0) return;
  ctx.doc.rect(x, y, width, height).lineWidth(0.5).fillAndStroke(color, OUTLINE_COLOR);
}

/** A thin vertical or horizontal grid line. */
export function gridLine(ctx: BaseCtx, x1: number, y1: number, x2: number, y2: number): void {
  ctx.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
}

/** Leaves the cursor below a drawn chart, at the left margin. */
export function chartEnd(ctx: BaseCtx, bottomY: number): void {
  ctx.doc.x = left(ctx);
  ctx.doc.y = bottomY + 10;
}
