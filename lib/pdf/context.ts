import type PDFDocument from "pdfkit";
import type { Locale } from "@/lib/i18n/locales";
import type { DossierSnapshot } from "./snapshot";
import { COLORS, FONTS, SIZES, type FontKey } from "./theme";

export type Doc = InstanceType<typeof PDFDocument>;

export type TocEntry = { title: string; destination: string; pageIndex: number };

// What the layout helpers need: the document, the snapshot's hash and the running list of sections for the contents.
// A system dossier's section writers also get its snapshot (Ctx) and the language it is rendered in, which is not part
// of the snapshot: the same sealed data renders in any language with the same hash. The portfolio report brings its own.
export type BaseCtx = { doc: Doc; snapshotSha256: string; toc: TocEntry[] };
// `sealedIn` is set on a copy rendered later in another language than the seal's, which verifies differently.
export type Ctx = BaseCtx & { snapshot: DossierSnapshot; locale: Locale; sealedIn?: Locale };

export function font(ctx: BaseCtx, key: FontKey, size: number = SIZES.body, color: string = COLORS.text): Doc {
  return ctx.doc.font(FONTS[key].name).fontSize(size).fillColor(color);
}

export const left = (ctx: BaseCtx) => ctx.doc.page.margins.left;
export const contentWidth = (ctx: BaseCtx) =>
  ctx.doc.page.width - ctx.doc.page.margins.left - ctx.doc.page.margins.right;
export const bottom = (ctx: BaseCtx) => ctx.doc.page.height - ctx.doc.page.margins.bottom;
export const usableHeight = (ctx: BaseCtx) => bottom(ctx) - ctx.doc.page.margins.top;

/** Starts a new page when fewer than `height` points are left, so a heading never sits alone at the foot of a page. */
export function ensureSpace(ctx: BaseCtx, height: number): void {
  if (ctx.doc.y + height > bottom(ctx)) ctx.doc.addPage();
}

/**
 * A numbered chapter: entry in the contents and the PDF outline, and a link target. It starts a new page, unless
 * `flow` is set (short chapters of the portfolio report), where it follows on when there is room for a start.
 */
// `flow` continues on the current page when the heading and `keep` points of what follows it fit (a chart that
// follows its heading is kept with it; a heading alone at the foot of a page reads as an accident).
export function startSection(ctx: BaseCtx, title: string, options: { flow?: boolean; keep?: number } = {}): void {
  const { doc } = ctx;
  if (options.flow && doc.y + 60 + (options.keep ?? 100) <= bottom(ctx)) doc.y += 24;
  else doc.addPage();
  const top = doc.y;
  const number = ctx.toc.length + 1;
  const destination = `section-${number}`;
  ctx.toc.push({ title, destination, pageIndex: doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1 });
  doc.addNamedDestination(destination);
  doc.outline.addItem(`${number}. ${title}`);
  font(ctx, "bold", SIZES.h1, COLORS.accent).text(`${number}. ${title}`, left(ctx), top, { width: contentWidth(ctx) });
  const y = doc.y + 4;
  doc
    .moveTo(left(ctx), y)
    .lineTo(left(ctx) + contentWidth(ctx), y)
    .lineWidth(1)
    .strokeColor(COLORS.accent)
    .stroke();
  doc.x = left(ctx);
  doc.y = y + 12;
}

export function subheading(ctx: BaseCtx, text: string): void {
  ensureSpace(ctx, 48);
  ctx.doc.moveDown(0.6);
  font(ctx, "bold", SIZES.h2).text(text, left(ctx), ctx.doc.y, { width: contentWidth(ctx) });
  ctx.doc.moveDown(0.3);
}

/** Body text that wraps and flows onto following pages. */
export function paragraph(
  ctx: BaseCtx,
  text: string,
  options: { color?: string; size?: number; fontKey?: FontKey; indent?: number } = {},
): void {
  const indent = options.indent ?? 0;
  font(ctx, options.fontKey ?? "regular", options.size ?? SIZES.body, options.color ?? COLORS.text).text(
    text,
    left(ctx) + indent,
    ctx.doc.y,
    { width: contentWidth(ctx) - indent, lineGap: 1.5 },
  );
  ctx.doc.moveDown(0.4);
}

export function bullet(ctx: BaseCtx, text: string, color: string = COLORS.text): void {
  ensureSpace(ctx, 14);
  const y = ctx.doc.y;
  font(ctx, "regular", SIZES.body, COLORS.accent).text("•", left(ctx) + 4, y, { lineBreak: false });
  font(ctx, "regular", SIZES.body, color).text(text, left(ctx) + 16, y, {
    width: contentWidth(ctx) - 16,
    lineGap: 1.5,
  });
  ctx.doc.moveDown(0.2);
}

/** Label and value side by side; a value too long for one page flows on below its label instead of overflowing. */
export function keyValues(ctx: BaseCtx, rows: [string, string][], labelWidth = 150): void {
  const { doc } = ctx;
  const valueWidth = contentWidth(ctx) - labelWidth;
  for (const [label, raw] of rows) {
    const value = raw.trim() || "—";
    font(ctx, "regular");
    const height = Math.max(
      doc.heightOfString(value, { width: valueWidth, lineGap: 1.5 }),
      font(ctx, "bold").heightOfString(label, { width: labelWidth - 10 }),
    );
    if (height > usableHeight(ctx) / 2) {
      ensureSpace(ctx, 40);
      font(ctx, "bold", SIZES.body, COLORS.muted).text(label, left(ctx), doc.y, { width: contentWidth(ctx) });
      paragraph(ctx, value);
      continue;
    }
    ensureSpace(ctx, height + 6);
    const y = doc.y;
    font(ctx, "bold", SIZES.body, COLORS.muted).text(label, left(ctx), y, { width: labelWidth - 10 });
    font(ctx, "regular").text(value, left(ctx) + labelWidth, y, { width: valueWidth, lineGap: 1.5 });
    doc.x = left(ctx);
    doc.y = y + height + 6;
  }
}

/** A clearly marked gap: something the law asks to be written down that is not recorded yet. */
export function gapBox(ctx: BaseCtx, title: string, text: string): void {
  const { doc } = ctx;
  const width = contentWidth(ctx) - 24;
  const titleHeight = font(ctx, "bold").heightOfString(title, { width });
  const textHeight = font(ctx, "regular", SIZES.small).heightOfString(text, { width, lineGap: 1 });
  const height = titleHeight + textHeight + 20;
  ensureSpace(ctx, height + 8);
  const y = doc.y;
  doc.rect(left(ctx), y, contentWidth(ctx), height).lineWidth(1).fillAndStroke(COLORS.gapFill, COLORS.gapBorder);
  doc.rect(left(ctx), y, 4, height).fill(COLORS.gapBorder);
  font(ctx, "bold", SIZES.body, COLORS.gapText).text(title, left(ctx) + 14, y + 8, { width });
  font(ctx, "regular", SIZES.small, COLORS.gapText).text(text, left(ctx) + 14, doc.y + 2, { width, lineGap: 1 });
  doc.x = left(ctx);
  doc.y = y + height + 8;
}
