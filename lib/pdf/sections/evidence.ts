import { formatDate } from "@/lib/utils";
import { contentWidth, ensureSpace, font, left, paragraph, startSection, type Ctx } from "../context";
import { bytes } from "../labels";
import type { DossierEvidence } from "../snapshot";
import { COLORS, SIZES } from "../theme";
import { countPhrase } from "@/lib/plural";
import { drawPolicyEvidence } from "./policy-evidence";

// One entry per item and one line per stored file version, with its SHA-256 on a line of its own so an auditor can
// read or copy it whole and compare it with a hash recomputed from the file.
export function drawEvidenceIndex(ctx: Ctx): void {
  const evidence = ctx.snapshot.evidence;
  startSection(ctx, "Evidence index", { flow: true });
  if (evidence.length === 0) {
    // With policies listed below, "no evidence" would be untrue: only files and links are missing then.
    const text = ctx.snapshot.policyEvidence?.length
      ? "No file or link has been added as evidence for this system yet."
      : "No evidence has been added for this system yet.";
    paragraph(ctx, text, { color: COLORS.muted });
  } else drawFiles(ctx, evidence);
  drawPolicyEvidence(ctx);
}

function drawFiles(ctx: Ctx, evidence: DossierEvidence[]): void {
  const files = evidence.reduce((n, e) => n + e.versions.length, 0);
  paragraph(
    ctx,
    `${countPhrase(evidence.length, "item")} of evidence, ${countPhrase(files, "stored file version")}. Every version is kept; the SHA-256 identifies the exact file content.`,
    { color: COLORS.muted },
  );
  for (const item of evidence) drawItem(ctx, item);
}

function drawItem(ctx: Ctx, item: DossierEvidence): void {
  const { doc } = ctx;
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
  font(ctx, "regular", SIZES.small, COLORS.muted).text(
    `${item.obligation ? `For: ${item.obligation}` : "For the system as a whole"} · added ${formatDate(item.addedAt)}`,
    x,
    doc.y + 1,
    { width },
  );
  if (item.kind === "LINK") {
    font(ctx, "regular", SIZES.small).text(`Link: ${item.url ?? "—"}`, x + 12, doc.y + 3, { width: width - 12 });
  }
  for (const v of item.versions) {
    ensureSpace(ctx, 28);
    font(ctx, "regular", SIZES.small).text(
      `Version ${v.version} · ${v.fileName} · ${bytes(v.sizeBytes)} · ${formatDate(v.uploadedAt)}${v.uploadedBy ? ` · uploaded by ${v.uploadedBy}` : ""}`,
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
