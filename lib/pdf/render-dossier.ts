import PDFDocument from "pdfkit";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { contentWidth, font, left, type Ctx, type Doc } from "./context";
import { documentationDuties } from "./requirements";
import { drawAnnexIv } from "./sections/annex-iv";
import { drawAuditExcerpt } from "./sections/audit";
import { drawClassification } from "./sections/classification";
import { drawContents } from "./sections/contents";
import { drawCover } from "./sections/cover";
import { drawDescription } from "./sections/description";
import { drawEvidenceIndex } from "./sections/evidence";
import { drawObligations } from "./sections/obligations";
import { drawDerogation, drawFria } from "./sections/records";
import { drawSignOff } from "./sections/sign-off";
import type { DossierSnapshot } from "./snapshot";
import { COLORS, FONTS, PAGE, SIZES } from "./theme";

export function snapshotSha256(snapshot: DossierSnapshot): string {
  return sha256Hex(canonicalJson(snapshot));
}

/**
 * Renders a dossier from its snapshot alone (no database), so a stored snapshot can be rendered again. The output is
 * deterministic: the creation date comes from the snapshot and pdfkit derives the file id from the metadata.
 */
export function renderDossier(snapshot: DossierSnapshot): Promise<Buffer> {
  const generatedAt = new Date(snapshot.dossier.generatedAt);
  const doc: Doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: true,
    lang: "en-GB",
    displayTitle: true,
    info: {
      Title: `${snapshot.system.name}: AI Act dossier v${snapshot.dossier.version}`,
      Author: snapshot.organization.name,
      Subject: "EU AI Act compliance dossier",
      Creator: "Actlas",
      Producer: "Actlas (pdfkit)",
      CreationDate: generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const { name, file } of Object.values(FONTS)) doc.registerFont(name, file);

  const ctx: Ctx = { doc, snapshot, snapshotSha256: snapshotSha256(snapshot), toc: [] };
  drawCover(ctx);
  doc.addPage();
  const contentsPage = 1;
  drawDescription(ctx);
  drawClassification(ctx);
  drawObligations(ctx);
  drawEvidenceIndex(ctx);
  const duties = documentationDuties(snapshot.classification);
  if (duties.annexIv) drawAnnexIv(ctx);
  if (duties.derogation) drawDerogation(ctx);
  if (duties.fria) drawFria(ctx);
  drawAuditExcerpt(ctx);
  drawSignOff(ctx);
  drawContents(ctx, contentsPage);
  drawRunningHeadersAndFooters(ctx);
  doc.end();
  return done;
}

/** Shortens a line with an ellipsis so running heads never wrap into the page body. */
function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 1 && doc.widthOfString(`${text.slice(0, end)}…`) > width) end -= 1;
  return `${text.slice(0, end)}…`;
}

function drawRunningHeadersAndFooters(ctx: Ctx): void {
  const { doc, snapshot: s } = ctx;
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
      doc.text(fit(doc, `${s.organization.name} · ${s.system.name}`, half), x, 32, { width: half, lineBreak: false });
      const right = fit(doc, `Dossier version ${s.dossier.version} · ${s.dossier.generatedAt.slice(0, 10)}`, half);
      doc.text(right, x + width - doc.widthOfString(right), 32, { lineBreak: false });
      doc.moveTo(x, 44).lineTo(x + width, 44).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    }
    const footerY = doc.page.height - 40;
    doc.moveTo(x, footerY - 8).lineTo(x + width, footerY - 8).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    font(ctx, "regular", SIZES.tiny, COLORS.faint);
    doc.text(fit(doc, `Actlas sealed dossier · snapshot SHA-256 ${ctx.snapshotSha256.slice(0, 16)}…`, half), x, footerY, { width: half, lineBreak: false });
    const pageText = `Page ${i - start + 1} of ${count}`;
    font(ctx, "bold", SIZES.tiny, COLORS.muted);
    doc.text(pageText, x + width - doc.widthOfString(pageText), footerY, { lineBreak: false });
    doc.page.margins = margins;
  }
}
