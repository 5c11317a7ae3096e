import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn, formatDateTimeIn } from "@/lib/i18n/format";
import { ruleText } from "@/lib/rules/i18n";
import { contentWidth, ensureSpace, font, left, paragraph, startSection, subheading, type BaseCtx } from "../context";
import { table } from "../table";
import { COLORS, SIZES } from "../theme";
import type { DutyItem, IncidentItem, Listed, PortfolioDetail, SystemItem } from "./snapshot";
import { portfolioWords, type PortfolioCtx } from "./words";

type AnnexText = ReturnType<typeof annexText>;
const annexText = (ctx: PortfolioCtx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "PortfolioAnnex" });

// The annex lists what every count of the report counts, so a board member can check any number. A section that
// gives a count writes "listed in Annex A.n, page p"; the page is only known once the annex is drawn, so the line's
// place is reserved then and the reference written at the end (the document keeps its pages buffered).

type Pending = { pageIndex: number; x: number; y: number; width: number; key: string; text: string };
export type AnnexRefs = { pending: Pending[]; pages: Map<string, number> };
export const annexRefs = (): AnnexRefs => ({ pending: [], pages: new Map() });

const currentPage = (ctx: BaseCtx) => ctx.doc.bufferedPageRange().start + ctx.doc.bufferedPageRange().count - 1;

/** Keeps one line for "<text> Annex <key>, page <p>." at the cursor. */
export function annexReference(ctx: BaseCtx, refs: AnnexRefs, key: string, text: string, indent = 0): void {
  ensureSpace(ctx, 14);
  const { doc } = ctx;
  const x = left(ctx) + indent;
  refs.pending.push({ pageIndex: currentPage(ctx), x, y: doc.y, width: contentWidth(ctx) - indent, key, text });
  doc.y += 14;
}

/** What a reference promises: every item, or (a list cut at the annex's limit) the first ones, said so. */
export function listedIn(ctx: PortfolioCtx, list: Listed<unknown>, whole: string, inline = Infinity): string {
  const t = annexText(ctx);
  const { count } = portfolioWords(ctx.locale);
  if (list.items.length < list.total)
    return t("firstListedIn", { shown: count(list.items.length), total: count(list.total) });
  return list.total > inline ? t("allListedIn", { total: count(list.total) }) : whole;
}

/** The list behind an annex entry. */
export function annexList(d: PortfolioDetail, key: keyof typeof ANNEX_KEYS): Listed<unknown> {
  return key === "overdue" ? d.overdue : key === "incidents" ? d.incidents : d.lists[key];
}

export function fillAnnexReferences(ctx: PortfolioCtx, refs: AnnexRefs): void {
  const t = annexText(ctx);
  for (const p of refs.pending) {
    ctx.doc.switchToPage(p.pageIndex);
    const page = refs.pages.get(p.key);
    font(ctx, "italic", SIZES.small, COLORS.accent).text(
      page === undefined
        ? t("reference", { text: p.text, key: p.key })
        : t("referencePage", { text: p.text, key: p.key, page: String(page + 1) }),
      p.x,
      p.y,
      { width: p.width, lineBreak: false, goTo: `annex-${p.key}` },
    );
  }
}

function annexHeading(ctx: PortfolioCtx, refs: AnnexRefs, key: string, title: string, list: Listed<unknown>): void {
  const t = annexText(ctx);
  const { count } = portfolioWords(ctx.locale);
  subheading(ctx, t("heading", { key, title, count: count(list.total) }));
  refs.pages.set(key, currentPage(ctx));
  ctx.doc.addNamedDestination(`annex-${key}`);
  if (list.items.length < list.total)
    paragraph(ctx, t("firstListedHere", { shown: count(list.items.length), total: count(list.total) }), {
      color: COLORS.muted,
    });
}

const systemsTable = (ctx: BaseCtx, t: AnnexText, items: SystemItem[]) =>
  table(
    ctx,
    [
      { header: "#", width: 0.08 },
      { header: t("aiSystemColumn"), width: 0.92 },
    ],
    items.map((s, i) => [String(i + 1), s.name]),
  );

const dutiesTable = (ctx: PortfolioCtx, t: AnnexText, items: DutyItem[]) =>
  table(
    ctx,
    [
      { header: t("aiSystemColumn"), width: 0.3 },
      { header: t("duty"), width: 0.3 },
      { header: t("article"), width: 0.11 },
      // "31 Dec 2023" on one line.
      { header: t("due"), width: 0.13 },
      { header: t("owner"), width: 0.16 },
    ],
    items.map((d) => [
      d.system,
      ruleText(ctx.locale, d.title),
      d.article,
      formatDateIn(ctx.locale, d.dueDate),
      d.owner ?? t("noOwner"),
    ]),
  );

const incidentsTable = (ctx: PortfolioCtx, t: AnnexText, items: IncidentItem[]) => {
  const w = portfolioWords(ctx.locale);
  table(
    ctx,
    [
      { header: t("incident"), width: 0.12 },
      { header: t("incidentTitle"), width: 0.3 },
      { header: t("aiSystemColumn"), width: 0.24 },
      { header: t("status"), width: 0.14 },
      { header: t("clock"), width: 0.2 },
    ],
    items.map((n) => [
      n.reference,
      n.title,
      n.system,
      w.stored(n.status),
      n.deadline
        ? t("clockDeadline", { clock: w.stored(n.clock), deadline: formatDateTimeIn(ctx.locale, n.deadline) })
        : w.stored(n.clock),
    ]),
  );
};

export const ANNEX_KEYS = {
  overdue: "A.1",
  prohibitedInUse: "A.2",
  awaitingReview: "A.3",
  undetermined: "A.4",
  friaMissing: "A.5",
  registrationMissing: "A.6",
  incidents: "A.7",
} as const;

const ANNEX_TITLE_KEYS = {
  overdue: "titleOverdue",
  prohibitedInUse: "titleProhibitedInUse",
  awaitingReview: "titleAwaitingReview",
  undetermined: "titleUndetermined",
  friaMissing: "titleFriaMissing",
  registrationMissing: "titleRegistrationMissing",
  incidents: "titleIncidents",
} as const;

/** What an annex list holds, e.g. "Classifications awaiting legal review". */
export const annexTitle = (ctx: PortfolioCtx, key: keyof typeof ANNEX_TITLE_KEYS) =>
  annexText(ctx)(ANNEX_TITLE_KEYS[key]);

export function drawAnnex(ctx: PortfolioCtx, refs: AnnexRefs, d: PortfolioDetail): void {
  const t = annexText(ctx);
  // Flows on after the last section when a heading and a few rows fit: at 100,000 systems "Needs attention" ended
  // with two short items alone on a page.
  startSection(ctx, t("title"), { flow: true, keep: 160 });
  paragraph(ctx, t("intro"), { color: COLORS.muted });
  annexHeading(ctx, refs, ANNEX_KEYS.overdue, annexTitle(ctx, "overdue"), d.overdue);
  if (d.overdue.total === 0) paragraph(ctx, t("none"), { color: COLORS.muted });
  else dutiesTable(ctx, t, d.overdue.items);
  for (const key of [
    "prohibitedInUse",
    "awaitingReview",
    "undetermined",
    "friaMissing",
    "registrationMissing",
  ] as const) {
    const list = d.lists[key];
    annexHeading(ctx, refs, ANNEX_KEYS[key], annexTitle(ctx, key), list);
    if (list.total === 0) paragraph(ctx, t("none"), { color: COLORS.muted });
    else systemsTable(ctx, t, list.items);
  }
  annexHeading(ctx, refs, ANNEX_KEYS.incidents, annexTitle(ctx, "incidents"), d.incidents);
  if (d.incidents.total === 0) paragraph(ctx, t("none"), { color: COLORS.muted });
  else incidentsTable(ctx, t, d.incidents.items);
}
