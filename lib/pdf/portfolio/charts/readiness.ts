import type { ReadinessPart, ReadinessSplit } from "@/lib/dashboard/readiness-split";
import { READINESS_COLORS } from "@/lib/dashboard/palette";
import { contentWidth, font, left, type BaseCtx } from "../../context";
import { COLORS, SIZES } from "../../theme";
import { count } from "../format";
import { bar, chartEnd, chartStart, legend } from "./frame";
import { stackLayout } from "./layout";

const LABEL = 110;
const ROW = 34;

/** "38 of 175 done (21%), 137 open"; the share is rounded down so 99.6% never reads as done. */
export function partText(p: ReadinessPart): string {
  if (p.applicable === 0) return "No duties";
  return `${count(p.done)} of ${count(p.applicable)} done (${Math.floor((p.done / p.applicable) * 100)}%), ${count(p.open)} open`;
}

/** Duties that apply now and duties that start later, each a 100% bar of done and open, with the figures beside. */
export function drawReadinessSplit(ctx: BaseCtx, split: ReadinessSplit): void {
  const { doc } = ctx;
  const x = left(ctx) + LABEL;
  const width = contentWidth(ctx) - LABEL;
  const top = chartStart(ctx, "Readiness: duties that apply now and duties that start later", 2 * ROW + 20);
  const rows: [string, ReadinessPart][] = [
    ["Due now", split.dueNow],
    ["Starting later", split.startingLater],
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
    font(ctx, "regular", SIZES.small, COLORS.muted).text(partText(part), x, y + 17, { width, lineBreak: false });
  });
  const legendY = top + 2 * ROW;
  legend(
    ctx,
    [
      { color: READINESS_COLORS.done, label: "Done (or not applicable)" },
      { color: READINESS_COLORS.open, label: "Still open" },
    ],
    x,
    legendY,
  );
  chartEnd(ctx, legendY + 12);
}
