import { formatDate, formatDateTime } from "@/lib/utils";
import { contentWidth, ensureSpace, font, left, paragraph, startSection, subheading, type BaseCtx } from "../context";
import { table } from "../table";
import { COLORS, SIZES } from "../theme";
import { count } from "./format";
import type { DutyItem, IncidentItem, Listed, PortfolioDetail, SystemItem } from "./snapshot";

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
export function listedIn(list: Listed<unknown>, whole: string, inline = Infinity): string {
  if (list.items.length < list.total)
    return `The first ${count(list.items.length)} of ${count(list.total)} are listed in`;
  return list.total > inline ? `All ${count(list.total)} are listed in` : whole;
}

/** The list behind an annex entry. */
export function annexList(d: PortfolioDetail, key: keyof typeof ANNEX_KEYS): Listed<unknown> {
  return key === "overdue" ? d.overdue : key === "incidents" ? d.incidents : d.lists[key];
}

export function fillAnnexReferences(ctx: BaseCtx, refs: AnnexRefs): void {
  for (const p of refs.pending) {
    ctx.doc.switchToPage(p.pageIndex);
    const page = refs.pages.get(p.key);
    font(ctx, "italic", SIZES.small, COLORS.accent).text(
      `${p.text} Annex ${p.key}${page === undefined ? "" : `, page ${page + 1}`}.`,
      p.x,
      p.y,
      { width: p.width, lineBreak: false, goTo: `annex-${p.key}` },
    );
  }
}

function annexHeading(ctx: BaseCtx, refs: AnnexRefs, key: string, title: string, list: Listed<unknown>): void {
  subheading(ctx, `${key} ${title}: ${count(list.total)}`);
  refs.pages.set(key, currentPage(ctx));
  ctx.doc.addNamedDestination(`annex-${key}`);
  if (list.items.length < list.total)
    paragraph(
      ctx,
      `The first ${count(list.items.length)} of ${count(list.total)} are listed here; Actlas lists them all (the filtered lists behind the dashboard's figures).`,
      { color: COLORS.muted },
    );
}

const systemsTable = (ctx: BaseCtx, items: SystemItem[]) =>
  table(
    ctx,
    [
      { header: "#", width: 0.08 },
      { header: "AI system", width: 0.92 },
    ],
    items.map((s, i) => [String(i + 1), s.name]),
  );

const dutiesTable = (ctx: BaseCtx, items: DutyItem[]) =>
  table(
    ctx,
    [
      { header: "AI system", width: 0.3 },
      { header: "Duty", width: 0.3 },
      { header: "Article", width: 0.11 },
      // "31 Dec 2023" on one line.
      { header: "Due", width: 0.13 },
      { header: "Owner", width: 0.16 },
    ],
    items.map((d) => [d.system, d.title, d.article, formatDate(d.dueDate), d.owner ?? "No owner"]),
  );

const incidentsTable = (ctx: BaseCtx, items: IncidentItem[]) =>
  table(
    ctx,
    [
      { header: "Incident", width: 0.12 },
      { header: "Title", width: 0.3 },
      { header: "AI system", width: 0.24 },
      { header: "Status", width: 0.14 },
      { header: "Art 73 clock", width: 0.2 },
    ],
    items.map((n) => [
      n.reference,
      n.title,
      n.system,
      n.status,
      n.deadline ? `${n.clock}: initial report by ${formatDateTime(n.deadline)}` : n.clock,
    ]),
  );

export const ANNEX_KEYS = {
  overdue: "A.1",
  prohibitedInUse: "A.2",
  awaitingReview: "A.3",
  undetermined: "A.4",
  friaMissing: "A.5",
  registrationMissing: "A.6",
  incidents: "A.7",
} as const;

export const ANNEX_TITLES = {
  overdue: "Overdue duties (open, due date passed), oldest first",
  prohibitedInUse: "Prohibited practices still in use (pilot or production)",
  awaitingReview: "Classifications awaiting legal review",
  undetermined: "Classifications not determined yet",
  friaMissing: "High-risk systems without a completed FRIA",
  registrationMissing: "High-risk systems not registered in the EU database",
  incidents: "Open serious incidents",
} as const;

export function drawAnnex(ctx: BaseCtx, refs: AnnexRefs, d: PortfolioDetail): void {
  // Flows on after the last section when a heading and a few rows fit: at 100,000 systems "Needs attention" ended
  // with two short items alone on a page.
  startSection(ctx, "Annex: what each figure counts", { flow: true, keep: 160 });
  paragraph(ctx, "Every count given in this report, item by item, as of the report's date.", { color: COLORS.muted });
  annexHeading(ctx, refs, ANNEX_KEYS.overdue, ANNEX_TITLES.overdue, d.overdue);
  if (d.overdue.total === 0) paragraph(ctx, "None.", { color: COLORS.muted });
  else dutiesTable(ctx, d.overdue.items);
  for (const key of [
    "prohibitedInUse",
    "awaitingReview",
    "undetermined",
    "friaMissing",
    "registrationMissing",
  ] as const) {
    const list = d.lists[key];
    annexHeading(ctx, refs, ANNEX_KEYS[key], ANNEX_TITLES[key], list);
    if (list.total === 0) paragraph(ctx, "None.", { color: COLORS.muted });
    else systemsTable(ctx, list.items);
  }
  annexHeading(ctx, refs, ANNEX_KEYS.incidents, ANNEX_TITLES.incidents, d.incidents);
  if (d.incidents.total === 0) paragraph(ctx, "None.", { color: COLORS.muted });
  else incidentsTable(ctx, d.incidents.items);
}
