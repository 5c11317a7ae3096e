import { contentWidth, font, left, type BaseCtx } from "./context";
import { COLORS, SIZES } from "./theme";

export type SealedCover = {
  /** Small capitals above the title, e.g. "ACTLAS · EU AI ACT COMPLIANCE DOSSIER". */
  kicker: string;
  title: string;
  subtitle: string;
  rows: [string, string][];
  /** What the snapshot fingerprint covers, printed under it. */
  fingerprintNote: string;
  /** What sealing means for this document, at the foot of the page. */
  sealNote: string;
  /** The heading over the snapshot's fingerprint, in the document's language. */
  fingerprintTitle?: string;
  /** A word set apart at the top right of the band, e.g. "DRAFT". */
  stamp?: string;
  /** Height of a block kept free under the rows (filled in by the caller, e.g. once page numbers are known). */
  reserve?: number;
};

// Page 1 of every sealed export (dossier, portfolio report). The PDF's own hash cannot be printed inside it, so the
// cover carries the hash of the snapshot the PDF was made from; the PDF's hash is recorded on the server.
export function drawSealedCover(ctx: BaseCtx, cover: SealedCover): { reservedY: number } {
  const { doc } = ctx;
  const x = left(ctx);
  const width = contentWidth(ctx);
  doc.rect(0, 0, doc.page.width, 200).fill(COLORS.headerFill);
  font(ctx, "bold", SIZES.small, COLORS.accent).text(cover.kicker, x, 56, { width, characterSpacing: 1 });
  if (cover.stamp) {
    font(ctx, "bold", 13, COLORS.badText);
    const stampWidth = doc.widthOfString(cover.stamp, { characterSpacing: 2 }) + 20;
    doc
      .rect(x + width - stampWidth, 48, stampWidth, 24)
      .lineWidth(1.5)
      .strokeColor(COLORS.badText)
      .stroke();
    doc.text(cover.stamp, x + width - stampWidth + 10, 54, { lineBreak: false, characterSpacing: 2 });
  }
  font(ctx, "bold", SIZES.title, COLORS.text).text(cover.title, x, 80, { width });
  font(ctx, "regular", 13, COLORS.muted).text(cover.subtitle, x, doc.y + 6, { width });

  // A cover with a reserved block (the dossier's standing) sets its rows closer, so everything stays on page 1.
  const compact = (cover.reserve ?? 0) > 0;
  let y = compact ? 222 : 236;
  for (const [label, value] of cover.rows) {
    font(ctx, "bold", SIZES.body, COLORS.muted).text(label, x, y, { width: 130 });
    font(ctx, "regular", compact ? 10 : 11, COLORS.text).text(value, x + 130, y - 1, { width: width - 130 });
    y = Math.max(doc.y, y + 14) + (compact ? 6 : 10);
  }
  const reservedY = y + 12;
  if (compact) y = reservedY + (cover.reserve ?? 0);

  y += 16;
  doc.rect(x, y, width, 78).lineWidth(1).strokeColor(COLORS.accent).stroke();
  font(ctx, "bold", SIZES.body, COLORS.accent).text(cover.fingerprintTitle ?? "Snapshot SHA-256", x + 14, y + 12, {
    width: width - 28,
  });
  font(ctx, "mono", 9.5, COLORS.text).text(ctx.snapshotSha256, x + 14, y + 28, { width: width - 28 });
  font(ctx, "regular", SIZES.small, COLORS.muted).text(cover.fingerprintNote, x + 14, y + 46, { width: width - 28 });

  font(ctx, "regular", SIZES.small, COLORS.muted).text(
    cover.sealNote,
    x,
    doc.page.height - doc.page.margins.bottom - 60,
    { width },
  );
  return { reservedY };
}
