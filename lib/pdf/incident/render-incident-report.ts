import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { contentWidth, font, left, type BaseCtx } from "../context";
import { openDocument } from "../document";
import { COLORS, SIZES } from "../theme";
import type { IncidentReportData } from "./report-data";
import {
  drawLegalBasis,
  drawNarrative,
  drawParties,
  drawReportingClock,
  drawTitle,
  type IncidentText,
} from "./sections";

/** The serious-incident report for the market surveillance authority, from data the DAL read (no database here). */
export function renderIncidentReport(data: IncidentReportData, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  const t: IncidentText = createTranslator({ locale, messages: MESSAGES[locale], namespace: "IncidentReportPdf" });
  const { doc, done } = openDocument(
    {
      Title: t("metaTitle", { reference: data.incident.reference, title: data.incident.title }),
      Author: data.organization.name,
      Subject: t("metaSubject"),
      CreationDate: new Date(data.generatedAt),
    },
    locale,
  );
  // No contents page and no seal: the report is generated on demand, not stored.
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  drawTitle(ctx, data, t);
  drawReportingClock(ctx, data, t, locale);
  drawParties(ctx, data, t, locale);
  drawNarrative(ctx, data, t);
  drawLegalBasis(ctx, t);
  drawFooters(ctx, data, t);
  doc.end();
  return done;
}

function drawFooters(ctx: BaseCtx, data: IncidentReportData, t: IncidentText): void {
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
      t("footer", {
        organization: data.organization.name,
        reference: data.incident.reference,
        at: data.generatedAt.slice(0, 16).replace("T", " "),
      }),
      left(ctx),
      y,
      { lineBreak: false },
    );
    const pageText = t("pageOf", { page: String(i - start + 1), count: String(count) });
    font(ctx, "bold", SIZES.tiny, COLORS.muted);
    doc.text(pageText, left(ctx) + contentWidth(ctx) - doc.widthOfString(pageText), y, { lineBreak: false });
    doc.page.margins = margins;
  }
}
