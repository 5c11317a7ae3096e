import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { canonicalJson } from "@/lib/canonical-json";
import { DEFAULT_LOCALE, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { sha256Hex } from "@/lib/crypto";
import { dossierGaps } from "@/lib/pdf/gaps";
import { font, type Ctx } from "./context";
import { drawPageFurniture, openDocument } from "./document";
import { documentationDuties } from "./requirements";
import { drawAnnexIv } from "./sections/annex-iv";
import { drawAuditExcerpt } from "./sections/audit";
import { drawClassification } from "./sections/classification";
import { drawContents } from "./sections/contents";
import { drawCover } from "./sections/cover";
import { drawDescription } from "./sections/description";
import { drawEvidenceIndex } from "./sections/evidence";
import { drawLiteracy } from "./sections/literacy";
import { drawObligations } from "./sections/obligations";
import { drawDerogation, drawFria } from "./sections/records";
import { drawRiskManagement, hasRiskSection } from "./sections/risks";
import { drawSignOff } from "./sections/sign-off";
import type { DossierSnapshot } from "./snapshot";
import { COLORS } from "./theme";

// A draft says so on every page: large, diagonal and light enough that the text underneath stays readable.
function drawWatermarks(ctx: Ctx, word: string): void {
  const { doc } = ctx;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    const size = 140;
    font(ctx, "bold", size, COLORS.badText);
    const width = doc.widthOfString(word);
    const cx = doc.page.width / 2;
    const cy = doc.page.height / 2;
    doc.save();
    doc.rotate(-50, { origin: [cx, cy] });
    doc.fillOpacity(0.07);
    doc.text(word, cx - width / 2, cy - size / 2, { lineBreak: false });
    doc.restore();
    doc.page.margins = margins;
  }
}

export function snapshotSha256(snapshot: DossierSnapshot): string {
  return sha256Hex(canonicalJson(snapshot));
}

/**
 * Renders a dossier from its snapshot alone (no database), so a stored snapshot can be rendered again, in any
 * language: the snapshot keeps codes and the engine's English, and only this rendering translates them, so the
 * snapshot's hash is the same whichever language a copy is printed in. The output is deterministic: the creation date
 * comes from the snapshot and pdfkit derives the file id from the metadata. A caller that has just hashed the
 * snapshot passes its hash along.
 */
export function renderDossier(
  snapshot: DossierSnapshot,
  sha256: string = snapshotSha256(snapshot),
  locale: Locale = DEFAULT_LOCALE,
  options: { sealedIn?: Locale } = {},
): Promise<Buffer> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "DossierPdf" });
  const version = String(snapshot.dossier.version);
  const { doc, done } = openDocument(
    {
      Title: t("metaTitle", { system: snapshot.system.name, version }),
      Author: snapshot.organization.name,
      Subject: t("metaSubject"),
      CreationDate: new Date(snapshot.dossier.generatedAt),
    },
    locale,
  );
  const ctx: Ctx = { doc, snapshot, snapshotSha256: sha256, toc: [], locale, sealedIn: options.sealedIn };
  const draft = snapshot.dossier.finality === "DRAFT";
  const drawGapSummary = drawCover(ctx, dossierGaps(snapshot, locale));
  doc.addPage();
  const contentsPage = 1;
  drawDescription(ctx);
  drawClassification(ctx);
  drawObligations(ctx);
  drawEvidenceIndex(ctx);
  if (snapshot.literacy) drawLiteracy(ctx, snapshot.literacy);
  const riskRegister = hasRiskSection(ctx);
  if (riskRegister) drawRiskManagement(ctx, riskRegister);
  const duties = documentationDuties(snapshot.classification);
  if (duties.annexIv) drawAnnexIv(ctx);
  if (duties.derogation) drawDerogation(ctx);
  if (duties.fria) drawFria(ctx);
  drawAuditExcerpt(ctx);
  drawSignOff(ctx);
  drawContents(ctx, contentsPage, t("contents"));
  drawGapSummary();
  const date = snapshot.dossier.generatedAt.slice(0, 10);
  // A translated copy says which language it is in, so nobody mistakes it for a different dossier.
  const language = locale === DEFAULT_LOCALE ? "" : ` · ${LOCALE_NAMES[locale]}`;
  drawPageFurniture(ctx, {
    headLeft: `${snapshot.organization.name} · ${snapshot.system.name}`,
    headRight: `${draft ? `${t("draft")} · ` : ""}${t("headVersion", { version })} · ${date}${language}`,
    footLeft: `${draft ? `${t("draftNotAttestable")} · ` : ""}${t("footSealed", { hash: ctx.snapshotSha256.slice(0, 16) })}`,
    pageOf: (page, count) => t("pageOf", { page: String(page), count: String(count) }),
  });
  if (draft) drawWatermarks(ctx, t("draft"));
  doc.end();
  return done;
}
