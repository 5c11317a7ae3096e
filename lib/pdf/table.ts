import { bottom, contentWidth, ensureSpace, font, keyValues, left, usableHeight, type BaseCtx } from "./context";
import { drawLines, linesHeight, wrappedLines } from "./text-lines";
import { COLORS, FONTS, SIZES, type FontKey } from "./theme";

export type Cell = string | { text: string; sub?: string; fontKey?: FontKey; color?: string };
/** `width` is a share of the content width; the shares of a table add up to 1. */
export type Column = { header: string; width: number };

const PAD = 4;
const LINE_GAP = 1;

// A cell's text as lines: null when it fits on one line (drawn as is), else the lines pdfkit's line breaker makes.
type Text = { text: string; lines: string[] | null };
type Measured = { text: Text; sub?: Text; fontKey: FontKey; color: string; width: number; height: number };

function normalise(cell: Cell): { text: string; sub?: string; fontKey: FontKey; color: string } {
  if (typeof cell === "string") return { text: cell || "—", fontKey: "regular", color: COLORS.text };
  return {
    text: cell.text || "—",
    sub: cell.sub || undefined,
    fontKey: cell.fontKey ?? "regular",
    color: cell.color ?? COLORS.text,
  };
}

// Measuring only needs the font and size: setting a colour here (as `font()` does) would write a colour operator into
// the page for every cell measured, which on a 300-row table is thousands of useless operations.
function measuringFont(ctx: BaseCtx, key: FontKey, size: number) {
  return ctx.doc.font(FONTS[key].name).fontSize(size);
}

// Most cells (dates, statuses, names) fit on one line: their width is a cheap cached sum of word widths, and one line
// is exactly what pdfkit's line wrapper would report (line height plus gap). Other text is broken into lines once,
// and the same lines are measured and drawn.
function layoutText(
  ctx: BaseCtx,
  key: FontKey,
  size: number,
  text: string,
  width: number,
): { text: Text; height: number } {
  const doc = measuringFont(ctx, key, size);
  if (!text.includes("\n") && doc.widthOfString(text) <= width)
    return { text: { text, lines: null }, height: doc.currentLineHeight(true) + LINE_GAP };
  const lines = wrappedLines(doc, FONTS[key].name, size, text, width, LINE_GAP);
  return { text: { text, lines }, height: linesHeight(doc, lines, LINE_GAP) };
}

// One cell per column: a row shorter than the columns has empty cells at its end.
const cellsOf = (columns: Column[], row: Cell[]) =>
  columns.map((column, i) => ({ column, cell: normalise(row[i] ?? "") }));

function measure(ctx: BaseCtx, columns: Column[], row: Cell[], size: number): Measured[] {
  const tableWidth = contentWidth(ctx);
  return cellsOf(columns, row).map(({ column, cell: c }) => {
    const width = column.width * tableWidth - PAD * 2;
    const main = layoutText(ctx, c.fontKey, size, c.text, width);
    const sub = c.sub ? layoutText(ctx, "regular", SIZES.small, c.sub, width) : null;
    return {
      fontKey: c.fontKey,
      color: c.color,
      width,
      text: main.text,
      sub: sub?.text,
      height: main.height + (sub ? 2 + sub.height : 0),
    };
  });
}

// Drawn in the font and size set by the caller, where doc.text with the cell's width would draw it.
function cellText(ctx: BaseCtx, text: Text, x: number, y: number): void {
  drawLines(ctx.doc, text.lines ?? [text.text], x, y, LINE_GAP);
}

function drawRow(ctx: BaseCtx, cells: Measured[], size: number, fill: string | null, header = false): void {
  const { doc } = ctx;
  const height = Math.max(...cells.map((c) => c.height)) + PAD * 2;
  const y = doc.y;
  if (fill) doc.rect(left(ctx), y, contentWidth(ctx), height).fill(fill);
  let x = left(ctx);
  for (const c of cells) {
    font(ctx, header ? "bold" : c.fontKey, size, header ? COLORS.accent : c.color);
    cellText(ctx, c.text, x + PAD, y + PAD);
    if (c.sub) {
      font(ctx, "regular", SIZES.small, COLORS.muted);
      cellText(ctx, c.sub, x + PAD, doc.y + 2);
    }
    x += c.width + PAD * 2;
  }
  doc
    .moveTo(left(ctx), y + height)
    .lineTo(left(ctx) + contentWidth(ctx), y + height)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
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
  const header = measure(
    ctx,
    columns,
    columns.map((c) => ({ text: c.header, fontKey: "bold" as const })),
    size,
  );
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
      keyValues(
        ctx,
        cellsOf(columns, row).map(({ column, cell }) => [
          column.header,
          cell.sub ? `${cell.text}\n${cell.sub}` : cell.text,
        ]),
        110,
      );
      doc
        .moveTo(left(ctx), doc.y)
        .lineTo(left(ctx) + contentWidth(ctx), doc.y)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
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
