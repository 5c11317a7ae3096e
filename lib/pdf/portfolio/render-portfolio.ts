import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { formatDateIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { drawPageFurniture, openDocument } from "../document";
import { annexRefs, drawAnnex, fillAnnexReferences } from "./annex";
import { drawCoverContents, drawPortfolioCover } from "./cover";
import { drawAttention, drawPortfolio, drawReadiness, drawTimeline, drawTrendSection } from "./sections";
import type { PortfolioSnapshot } from "./snapshot";
import { drawExecutiveSummary } from "./summary";
import type { PortfolioCtx } from "./words";

/**
 * Renders a portfolio report from its snapshot alone, so a stored snapshot gives the same bytes again in the language
 * it was sealed in (DossierVersion.locale); the snapshot holds no words of its own, so its hash is the same in any.
 */
export function renderPortfolio(snapshot: PortfolioSnapshot, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "PortfolioPdf" });
  const org = snapshot.organization.name;
  const version = String(snapshot.report.version);
  const { doc, done } = openDocument(
    {
      Title: t("metaTitle", { organization: org, version }),
      Author: org,
      Subject: t("metaSubject"),
      CreationDate: new Date(snapshot.report.generatedAt),
    },
    locale,
  );
  const ctx: PortfolioCtx = { doc, snapshotSha256: sha256Hex(canonicalJson(snapshot)), toc: [], locale };
  const refs = annexRefs();
  const f = snapshot.figures;
  const contentsTop = drawPortfolioCover(ctx, snapshot);
  drawExecutiveSummary(ctx, snapshot, refs);
  drawPortfolio(ctx, f);
  drawReadiness(ctx, f);
  drawTimeline(ctx, f);
  drawTrendSection(ctx, snapshot);
  drawAttention(ctx, snapshot, refs);
  drawAnnex(ctx, refs, snapshot.detail);
  fillAnnexReferences(ctx, refs);
  drawCoverContents(ctx, contentsTop);
  // English keeps the ISO day it always printed; another language gives its own date form.
  const asOf = locale === DEFAULT_LOCALE ? f.today : formatDateIn(locale, f.today);
  drawPageFurniture(ctx, {
    headLeft: t("headLeft", { organization: org }),
    headRight: t("headRight", { version, day: asOf }),
    footLeft: t("footLeft", { hash: ctx.snapshotSha256.slice(0, 16) }),
    pageOf: (page, count) => t("pageOf", { page: String(page), count: String(count) }),
  });
  doc.end();
  return done;
}
