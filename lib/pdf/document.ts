import PDFDocument from "pdfkit";
import type { Locale } from "@/lib/i18n/locales";
import { contentWidth, font, left, type BaseCtx, type Doc } from "./context";
import { registerAppFonts } from "./fonts";
import { COLORS, PAGE, SIZES } from "./theme";

type Info = { Title: string; Author: string; Subject: string; CreationDate: Date };

// The document's declared language (screen readers and hyphenation read it); English keeps en-GB as before.
const PDF_LANG: Record<Locale, string> = { en: "en-GB", de: "de-DE", fr: "fr-FR" };

// A new A4 document with the app's fonts, and the promise of its bytes. Deterministic: the creation date comes from
// the caller's snapshot and pdfkit derives the file id from the metadata.
export function openDocument(info: Info, locale: Locale = "en"): { doc: Doc; done: Promise<Buffer> } {
  const doc: Doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: true,
    lang: PDF_LANG[locale],
    displayTitle: true,
    info: { ...info, Creator: "Actlas", Producer: "Actlas (pdfkit)" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerAppFonts(doc);
  return { doc, done };
}

/** Shortens a line with an ellipsis so running heads never wrap into the page body. */
function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 1 && doc.widthOfString(`${text.slice(0, end)}…`) > width) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Running header from page 2, footer with the sealed-snapshot note and "Page n of m" on every page. */
export function drawPageFurniture(
  ctx: BaseCtx,
  text: { headLeft: string; headRight: string; footLeft: string; pageOf?: (page: number, count: number) => string },
): void {
  const { doc } = ctx;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit start a new page; lift the margin while the footer is drawn.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    const x = left(ctx);
    const width = contentWidth(ctx);
    const half = width / 2 - 8;
    if (i > start) {
      font(ctx, "regular", SIZES.tiny, COLORS.faint);
      doc.text(fit(doc, text.headLeft, half), x, 32, { width: half, lineBreak: false });
      const right = fit(doc, text.headRight, half);
      doc.text(right, x + width - doc.widthOfString(right), 32, { lineBreak: false });
      doc
        .moveTo(x, 44)
        .lineTo(x + width, 44)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
    }
    const footerY = doc.page.height - 40;
    doc
      .moveTo(x, footerY - 8)
      .lineTo(x + width, footerY - 8)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    font(ctx, "regular", SIZES.tiny, COLORS.faint);
    doc.text(fit(doc, text.footLeft, half), x, footerY, { width: half, lineBreak: false });
    const pageText = text.pageOf ? text.pageOf(i - start + 1, count) : `Page ${i - start + 1} of ${count}`;
    font(ctx, "bold", SIZES.tiny, COLORS.muted);
    doc.text(pageText, x + width - doc.widthOfString(pageText), footerY, { lineBreak: false });
    doc.page.margins = margins;
  }
}
