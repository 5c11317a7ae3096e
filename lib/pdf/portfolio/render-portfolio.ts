import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import type { BaseCtx } from "../context";
import { drawPageFurniture, openDocument } from "../document";
import { annexRefs, drawAnnex, fillAnnexReferences } from "./annex";
import { drawCoverContents, drawPortfolioCover } from "./cover";
import { drawAttention, drawPortfolio, drawReadiness, drawTimeline, drawTrendSection } from "./sections";
import type { PortfolioSnapshot } from "./snapshot";
import { drawExecutiveSummary } from "./summary";

/** Renders a portfolio report from its snapshot alone, so a stored snapshot gives the same bytes again. */
export function renderPortfolio(snapshot: PortfolioSnapshot): Promise<Buffer> {
  const { doc, done } = openDocument({
    Title: `${snapshot.organization.name}: AI portfolio report v${snapshot.report.version}`,
    Author: snapshot.organization.name,
    Subject: "EU AI Act portfolio report",
    CreationDate: new Date(snapshot.report.generatedAt),
  });
  const ctx: BaseCtx = { doc, snapshotSha256: sha256Hex(canonicalJson(snapshot)), toc: [] };
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
  drawPageFurniture(ctx, {
    headLeft: `${snapshot.organization.name} · AI portfolio report`,
    headRight: `Version ${snapshot.report.version} · figures as of ${f.today}`,
    footLeft: `Actlas sealed report · snapshot SHA-256 ${ctx.snapshotSha256.slice(0, 16)}…`,
  });
  doc.end();
  return done;
}
