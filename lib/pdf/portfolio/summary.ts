import { nextDeadline } from "@/lib/dashboard/next-deadline";
import { readinessSplit } from "@/lib/dashboard/readiness-split";
import { formatDate } from "@/lib/utils";
import { contentWidth, font, left, paragraph, startSection, subheading, type BaseCtx } from "../context";
import { COLORS, SIZES } from "../theme";
import { ANNEX_KEYS, annexList, annexReference, listedIn, type AnnexRefs } from "./annex";
import { drawReadinessSplit } from "./charts/readiness";
import { count } from "./format";
import type { PortfolioSnapshot } from "./snapshot";
import { urgentItems } from "./urgent";

export const SUMMARY_TITLE = "Executive summary";

type Tile = { label: string; value: string; note: string };

function tiles(s: PortfolioSnapshot): Tile[] {
  const { figures: f, detail: d } = s;
  const next = nextDeadline(f.byDay, f.today);
  const split = readinessSplit(f.byDay, f.today);
  const pct = (p: { applicable: number; done: number }) =>
    p.applicable ? `${Math.floor((p.done / p.applicable) * 100)}%` : "—";
  const high = f.systems.byTier.find((t) => t.tier === "HIGH")?.count ?? 0;
  return [
    { label: "AI systems", value: count(f.systems.total), note: "in the inventory" },
    { label: "High-risk", value: count(high), note: "systems (or could be, until decided)" },
    {
      label: "Next deadline",
      value: next ? formatDate(next.day) : "None",
      note: next ? `${count(next.obligations)} duties across ${count(next.systems)} systems` : "no duties start later",
    },
    { label: "Overdue duties", value: count(d.overdue.total), note: "open past their due date" },
    {
      label: "Ready: due now",
      value: pct(split.dueNow),
      note: `${count(split.dueNow.done)} of ${count(split.dueNow.applicable)} duties done`,
    },
    {
      label: "Ready: starting later",
      value: pct(split.startingLater),
      note: `${count(split.startingLater.done)} of ${count(split.startingLater.applicable)} done early`,
    },
    { label: "Open incidents", value: count(d.incidents.total), note: "serious incidents not closed" },
    { label: "Legal review", value: count(d.lists.awaitingReview.total), note: "classifications awaiting it" },
  ];
}

function drawTiles(ctx: BaseCtx, list: Tile[]): void {
  const { doc } = ctx;
  const gap = 8;
  const width = (contentWidth(ctx) - gap * 3) / 4;
  const height = 62;
  const top = doc.y;
  list.forEach((t, i) => {
    const x = left(ctx) + (i % 4) * (width + gap);
    const y = top + Math.floor(i / 4) * (height + gap);
    doc.rect(x, y, width, height).fill(COLORS.zebra);
    font(ctx, "bold", SIZES.small, COLORS.muted).text(t.label, x + 8, y + 7, { width: width - 16, lineBreak: false });
    font(ctx, "bold", 15, COLORS.text).text(t.value, x + 8, y + 20, { width: width - 16, lineBreak: false });
    font(ctx, "regular", SIZES.tiny, COLORS.muted).text(t.note, x + 8, y + 40, { width: width - 16, height: 18 });
  });
  doc.x = left(ctx);
  doc.y = top + Math.ceil(list.length / 4) * (height + gap) + 4;
}

/** Page 2: the headline figures, the three most urgent matters, and readiness due now against starting later. */
export function drawExecutiveSummary(ctx: BaseCtx, s: PortfolioSnapshot, refs: AnnexRefs): void {
  startSection(ctx, SUMMARY_TITLE);
  paragraph(
    ctx,
    `The organisation's AI systems and their EU AI Act duties on ${formatDate(s.figures.today)}. A duty is due now once its application date has come; readiness counts duties done (or recorded as not applicable) out of those that apply.`,
    { color: COLORS.muted },
  );
  drawTiles(ctx, tiles(s));
  subheading(ctx, "Most urgent");
  const urgent = urgentItems(s);
  if (urgent.length === 0) paragraph(ctx, "Nothing is overdue, awaiting review or missing.", { color: COLORS.muted });
  urgent.forEach((u, i) => {
    paragraph(ctx, `${i + 1}. ${u.title}`, { fontKey: "bold" });
    paragraph(ctx, u.detail, { indent: 12 });
    if (u.annexKey)
      annexReference(ctx, refs, ANNEX_KEYS[u.annexKey], listedIn(annexList(s.detail, u.annexKey), "Listed in"), 12);
  });
  drawReadinessSplit(ctx, readinessSplit(s.figures.byDay, s.figures.today));
}
