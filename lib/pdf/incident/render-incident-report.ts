import { contentWidth, font, left, type BaseCtx } from "../context";
import { openDocument } from "../document";
import { COLORS, SIZES } from "../theme";
import type { IncidentReportData } from "./report-data";
import { drawLegalBasis, drawNarrative, drawParties, drawReportingClock, drawTitle } from "./sections";

/** The serious-incident report for the market surveillance authority, from data the DAL read (no database here). */
export function renderIncidentReport(data: IncidentReportData): Promise<Buffer> {
  const { doc, done } = openDocument({
    Title: `Serious incident report ${data.incident.reference}: ${data.incident.title}`,
    Author: data.organization.name,
    Subject: "Serious incident report under Art 73 AI Act",
    CreationDate: new Date(data.generatedAt),
  });
  // No contents page and no seal: the report is generated on demand, not stored.
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  drawTitle(ctx, data);
  drawReportingClock(ctx, data);
  drawParties(ctx, data);
  drawNarrative(ctx, data);
  drawLegalBasis(ctx);
  drawFooters(ctx, data);
  doc.end();
  return done;
}

function drawFooters(ctx: BaseCtx, data: IncidentReportData): void {
  const { doc } = ctx;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit start a new page; lift the margin while the footer is drawn.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    const y = doc.page.height - 40;
    doc
      .moveTo(left(ctx), y - 8)
      .lineTo(left(ctx) + contentWidth(ctx), y - 8)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    font(ctx, "regular", SIZES.tiny, COLORS.faint).text(
      `${data.organization.name} · ${data.incident.reference} · generated ${data.generatedAt.slice(0, 16).replace("T", " ")} UTC`,
      left(ctx),
      y,
      { lineBreak: false },
    );
    const pageText = `Page ${i - start + 1} of ${count}`;
    font(ctx, "bold", SIZES.tiny, COLORS.muted);
    doc.text(pageText, left(ctx) + contentWidth(ctx) - doc.widthOfString(pageText), y, { lineBreak: false });
    doc.page.margins = margins;
  }
}
