import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { nextDeadline } from "@/lib/dashboard/next-deadline";
import { readinessSplit } from "@/lib/dashboard/readiness-split";
import { formatDateIn } from "@/lib/i18n/format";
import { contentWidth, font, left, paragraph, startSection, subheading, type BaseCtx } from "../context";
import { COLORS, SIZES } from "../theme";
import { ANNEX_KEYS, annexList, annexReference, listedIn, type AnnexRefs } from "./annex";
import { drawReadinessSplit } from "./charts/readiness";
import type { PortfolioSnapshot } from "./snapshot";
import { urgentItems } from "./urgent";
import { portfolioWords, type PortfolioCtx } from "./words";

type Tile = { label: string; value: string; note: string };
type SummaryText = ReturnType<typeof summaryText>;
const summaryText = (ctx: PortfolioCtx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "PortfolioSummary" });

function tiles(ctx: PortfolioCtx, t: SummaryText, s: PortfolioSnapshot): Tile[] {
  const { figures: f, detail: d } = s;
  const w = portfolioWords(ctx.locale);
  const { count } = w;
  const next = nextDeadline(f.byDay, f.today);
  const split = readinessSplit(f.byDay, f.today);
  const high = f.systems.byTier.find((tier) => tier.tier === "HIGH")?.count ?? 0;
  // `of` stays a number: the message picks "duty" or "duties" by it (and formats it as `count` would).
  const ofDone = (p: { applicable: number; done: number }) => ({ done: count(p.done), of: p.applicable });
  return [
    { label: t("systems"), value: count(f.systems.total), note: t("systemsNote") },
    { label: t("highRisk"), value: count(high), note: t("highRiskNote") },
    {
      label: t("next"),
      value: next ? formatDateIn(ctx.locale, next.day) : t("nextNone"),
      note: next ? t("nextNote", { duties: count(next.obligations), systems: count(next.systems) }) : t("nextNoneNote"),
    },
    { label: t("overdue"), value: count(d.overdue.total), note: t("overdueNote") },
    { label: t("dueNow"), value: w.percent(split.dueNow), note: t("dueNowNote", ofDone(split.dueNow)) },
    {
      label: t("later"),
      value: w.percent(split.startingLater),
      note: t("laterNote", ofDone(split.startingLater)),
    },
    { label: t("incidents"), value: count(d.incidents.total), note: t("incidentsNote") },
    { label: t("review"), value: count(d.lists.awaitingReview.total), note: t("reviewNote") },
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
    // A longer date form ("2. Dez. 2027") is set smaller rather than wrapped onto the tile's note.
    const natural = font(ctx, "bold", 15).widthOfString(t.value);
    const size = natural > width - 16 ? Math.max(9, (15 * (width - 16)) / natural) : 15;
    font(ctx, "bold", size, COLORS.text).text(t.value, x + 8, y + 20 + (15 - size) / 2, {
      width: width - 16,
      lineBreak: false,
    });
    font(ctx, "regular", SIZES.tiny, COLORS.muted).text(t.note, x + 8, y + 40, { width: width - 16, height: 18 });
  });
  doc.x = left(ctx);
  doc.y = top + Math.ceil(list.length / 4) * (height + gap) + 4;
}

/** Page 2: the headline figures, the three most urgent matters, and readiness due now against starting later. */
export function drawExecutiveSummary(ctx: PortfolioCtx, s: PortfolioSnapshot, refs: AnnexRefs): void {
  const t = summaryText(ctx);
  startSection(ctx, t("title"));
  paragraph(ctx, t("intro", { day: formatDateIn(ctx.locale, s.figures.today) }), { color: COLORS.muted });
  drawTiles(ctx, tiles(ctx, t, s));
  subheading(ctx, t("urgent"));
  const urgent = urgentItems(s, ctx.locale);
  if (urgent.length === 0) paragraph(ctx, t("urgentNone"), { color: COLORS.muted });
  urgent.forEach((u, i) => {
    paragraph(ctx, `${i + 1}. ${u.title}`, { fontKey: "bold" });
    paragraph(ctx, u.detail, { indent: 12 });
    if (u.annexKey)
      annexReference(
        ctx,
        refs,
        ANNEX_KEYS[u.annexKey],
        listedIn(ctx, annexList(s.detail, u.annexKey), t("listedIn")),
        12,
      );
  });
  drawReadinessSplit(ctx, readinessSplit(s.figures.byDay, s.figures.today));
}
