import { bottom, contentWidth, ensureSpace, font, keyValues, left, usableHeight, type BaseCtx } from "./context";
import { COLORS, FONTS, SIZES, type FontKey } from "./theme";

export type Cell = string | { text: string; sub?: string; fontKey?: FontKey; color?: string };
/** `width` is a share of the content width; the shares of a table add up to 1. */
export type Column = { header: string; width: number };

const PAD = 4;
const LINE_GAP = 1;

type Measured = { text: string; sub?: string; fontKey: FontKey; color: string; width: number; height: number; oneLine: boolean };

function normalise(cell: Cell): Omit<Measured, "width" | "height" | "oneLine"> {
  if (typeof cell === "string") return { text: cell || "—", fontKey: "regular", color: COLORS.text };
  return { text: cell.text || "—", sub: cell.sub || undefined, fontKey: cell.fontKey ?? "regular", color: cell.color ?? COLORS.text };
}

// Measuring only needs the font and size: setting a colour here (as `font()` does) would write a colour operator into
// the page for every cell measured, which on a 300-row table is thousands of useless operations.
function measuringFont(ctx: BaseCtx, key: FontKey, size: number) {
  return ctx.doc.font(FONTS[key].name).fontSize(size);
}

// Heights of wrapped text, which depend only on the font, size, width and text. Obligation summaries come from the
// rules engine, so the same texts recur from row to row and dossier to dossier; remembering their heights saves a
// full line-breaking pass per cell. Bounded, since free text (names, notes) is also measured.
const wrappedHeights = new Map<string, number>();
const MAX_REMEMBERED_HEIGHTS = 5_000;

function wrappedHeight(ctx: BaseCtx, key: FontKey, size: number, text: string, width: number): number {
  const id = `${key}|${size}|${width}|${text}`;
  const known = wrappedHeights.get(id);
  if (known !== undefined) return known;
  const height = measuringFont(ctx, key, size).heightOfString(text, { width, lineGap: LINE_GAP });
  if (wrappedHeights.size >= MAX_REMEMBERED_HEIGHTS) wrappedHeights.clear();
  wrappedHeights.set(id, height);
  return height;
}

// Most cells (dates, statuses, names) fit on one line: their width is a cheap cached sum of word widths, and one line
// is exactly what pdfkit's line wrapper would report (line height plus gap), so wrapping is only done for text that
// may wrap.
function fitsOneLine(ctx: BaseCtx, key: FontKey, size: number, text: string, width: number): boolean {
  return !text.includes("\n") && measuringFont(ctx, key, size).widthOfString(text) <= width;
}

function textHeight(ctx: BaseCtx, key: FontKey, size: number, text: string, width: number): { height: number; oneLine: boolean } {
  if (fitsOneLine(ctx, key, size, text, width)) return { height: ctx.doc.currentLineHeight(true) + LINE_GAP, oneLine: true };
  return { height: wrappedHeight(ctx, key, size, text, width), oneLine: false };
}

function measure(ctx: BaseCtx, columns: Column[], row: Cell[], size: number): Measured[] {
  const tableWidth = contentWidth(ctx);
  return row.map((cell, i) => {
    const c = normalise(cell);
    const width = columns[i].width * tableWidth - PAD * 2;
    const main = textHeight(ctx, c.fontKey, size, c.text, width);
    const height = main.height + (c.sub ? 2 + textHeight(ctx, "regular", SIZES.small, c.sub, width).height : 0);
    return { ...c, width, height, oneLine: main.oneLine };
  });
}

// A cell known to fit on one line is drawn without pdfkit's line breaker: the same glyphs at the same place, and the
// cursor left where the wrapped call would leave it (one line plus the gap below).
function cellText(ctx: BaseCtx, c: Measured, x: number, y: number): void {
  const { doc } = ctx;
  if (!c.oneLine) {
    doc.text(c.text, x, y, { width: c.width, lineGap: LINE_GAP });
    return;
  }
  doc.text(c.text, x, y, { lineBreak: false });
  doc.x = x;
  doc.y = y + doc.currentLineHeight(true) + LINE_GAP;
}

function drawRow(ctx: BaseCtx, cells: Measured[], size: number, fill: string | null, header = false): void {
  const { doc } = ctx;
  const height = Math.max(...cells.map((c) => c.height)) + PAD * 2;
  const y = doc.y;
  if (fill) doc.rect(left(ctx), y, contentWidth(ctx), height).fill(fill);
  let x = left(ctx);
  for (const c of cells) {
    font(ctx, header ? "bold" : c.fontKey, size, header ? COLORS.accent : c.color);
    cellText(ctx, c, x + PAD, y + PAD);
    if (c.sub) font(ctx, "regular", SIZES.small, COLORS.muted).text(c.sub, x + PAD, doc.y + 2, { width: c.width, lineGap: LINE_GAP });
    x += c.width + PAD * 2;
  }
  doc.moveTo(left(ctx), y + height).lineTo(left(ctx) + contentWidth(ctx), y + height).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  doc.x = left(ctx);
  doc.y = y + height;
}

/**
 * Rows laid out by measuring every cell first: a row that does not fit moves whole to the next page, where the
 * column headings are repeated. A row taller than a page (very long text) is printed as a labelled block whose
 * text flows across pages, so nothing is ever clipped.
 */
export function table(ctx: BaseCtx, columns: Column[], rows: Cell[][], options: { size?: number } = {}): void {
  const { doc } = ctx;
  const size = options.size ?? SIZES.small;
  const header = measure(ctx, columns, columns.map((c) => ({ text: c.header, fontKey: "bold" as const })), size);
  const headerHeight = Math.max(...header.map((c) => c.height)) + PAD * 2;
  const drawHeader = () => drawRow(ctx, header, size, COLORS.headerFill, true);

  ensureSpace(ctx, headerHeight + 24);
  drawHeader();
  rows.forEach((row, index) => {
    const cells = measure(ctx, columns, row, size);
    const height = Math.max(...cells.map((c) => c.height)) + PAD * 2;
    if (height > usableHeight(ctx) - headerHeight - 24) {
      ensureSpace(ctx, 60);
      doc.moveDown(0.4);
      keyValues(ctx, columns.map((col, i) => [col.header, cells[i].sub ? `${cells[i].text}\n${cells[i].sub}` : cells[i].text]), 110);
      doc.moveTo(left(ctx), doc.y).lineTo(left(ctx) + contentWidth(ctx), doc.y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      doc.moveDown(0.4);
      if (index < rows.length - 1) {
        ensureSpace(ctx, headerHeight + 24);
        drawHeader();
      }
      return;
    }
    if (doc.y + height > bottom(ctx) - 1) {
      doc.addPage();
      drawHeader();
    }
    drawRow(ctx, cells, size, index % 2 === 1 ? COLORS.zebra : null);
  });
  doc.moveDown(0.8);
}
