import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn } from "@/lib/i18n/format";
import { contentWidth, ensureSpace, font, left, paragraph, startSection, type Ctx } from "../context";
import { bytes } from "../labels";
import type { DossierEvidence } from "../snapshot";
import { COLORS, SIZES } from "../theme";
import { drawPolicyEvidence } from "./policy-evidence";

// One entry per item and one line per stored file version, with its SHA-256 on a line of its own so an auditor can
// read or copy it whole and compare it with a hash recomputed from the file.
type EvidenceText = ReturnType<typeof evidenceText>;
const evidenceText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierEvidence" });

export function drawEvidenceIndex(ctx: Ctx): void {
  const t = evidenceText(ctx);
  const evidence = ctx.snapshot.evidence;
  startSection(ctx, t("title"), { flow: true });
  if (evidence.length === 0) {
    // With policies listed below, "no evidence" would be untrue: only files and links are missing then.
    const text = ctx.snapshot.policyEvidence?.length ? t("noFiles") : t("noEvidence");
    paragraph(ctx, text, { color: COLORS.muted });
  } else drawFiles(ctx, t, evidence);
  drawPolicyEvidence(ctx);
}

function drawFiles(ctx: Ctx, t: EvidenceText, evidence: DossierEvidence[]): void {
  const files = evidence.reduce((n, e) => n + e.versions.length, 0);
  paragraph(ctx, t("summary", { items: evidence.length, files }), { color: COLORS.muted });
  for (const item of evidence) drawItem(ctx, t, item);
}

function drawItem(ctx: Ctx, t: EvidenceText, item: DossierEvidence): void {
  const { doc, locale } = ctx;
  const x = left(ctx);
  const width = contentWidth(ctx);
  ensureSpace(ctx, 60);
  doc
    .moveTo(x, doc.y)
    .lineTo(x + width, doc.y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y += 6;
  font(ctx, "bold").text(item.title, x, doc.y, { width });
  const added = formatDateIn(locale, item.addedAt);
  font(ctx, "regular", SIZES.small, COLORS.muted).text(
    item.obligation ? t("forObligation", { obligation: item.obligation, added }) : t("forSystem", { added }),
    x,
    doc.y + 1,
    { width },
  );
  if (item.kind === "LINK") {
    font(ctx, "regular", SIZES.small).text(t("link", { url: item.url ?? "—" }), x + 12, doc.y + 3, {
      width: width - 12,
    });
  }
  for (const v of item.versions) {
    ensureSpace(ctx, 28);
    const line = `${t("version", { version: String(v.version) })} · ${v.fileName} · ${bytes(v.sizeBytes)} · ${formatDateIn(locale, v.uploadedAt)}`;
    font(ctx, "regular", SIZES.small).text(
      v.uploadedBy ? `${line} · ${t("uploadedBy", { name: v.uploadedBy })}` : line,
      x + 12,
      doc.y + 3,
      { width: width - 12 },
    );
    font(ctx, "mono", SIZES.tiny + 0.5, COLORS.text).text(`SHA-256 ${v.sha256}`, x + 12, doc.y + 1, {
      width: width - 12,
    });
  }
  doc.x = x;
  doc.y += 8;
}
