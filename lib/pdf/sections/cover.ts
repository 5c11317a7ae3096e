import { formatDate, formatDateTime } from "@/lib/utils";
import { contentWidth, font, left, type Ctx } from "../context";
import { memberRoleLabel } from "../labels";
import { COLORS, SIZES } from "../theme";
import { tierText } from "./classification-open";

// Page 1. The PDF's own hash cannot be printed inside it, so the cover carries the hash of the snapshot the PDF was
// made from; the PDF's hash is recorded on the server and checked by the verify page.
export function drawCover(ctx: Ctx): void {
  const { doc, snapshot: s } = ctx;
  const x = left(ctx);
  const width = contentWidth(ctx);
  doc.rect(0, 0, doc.page.width, 200).fill(COLORS.headerFill);
  font(ctx, "bold", SIZES.small, COLORS.accent).text("ACTLAS · EU AI ACT COMPLIANCE DOSSIER", x, 56, { width, characterSpacing: 1 });
  font(ctx, "bold", SIZES.title, COLORS.text).text(s.system.name, x, 80, { width });
  font(ctx, "regular", 13, COLORS.muted).text(s.organization.name, x, doc.y + 6, { width });

  const classification = s.classification;
  const ruleSet = classification?.result.ruleSet;
  const rows: [string, string][] = [
    ["Organisation", s.organization.name],
    ["AI system", s.system.name],
    ["Dossier version", `Version ${s.dossier.version}`],
    ["Date", `${formatDate(s.dossier.generatedAt)} (${formatDateTime(s.dossier.generatedAt)})`],
    ["Exported by", `${s.dossier.exportedBy.name} (${memberRoleLabel(s.dossier.exportedBy.role)})`],
    ["Rule-set version", ruleSet ? `${ruleSet.id}, in force from ${formatDate(ruleSet.effectiveFrom)}` : "Not classified yet"],
    ["Classification", classification ? `${tierText(classification.result)} (run ${classification.runSequence})` : "Not classified yet"],
  ];
  let y = 236;
  for (const [label, value] of rows) {
    font(ctx, "bold", SIZES.body, COLORS.muted).text(label, x, y, { width: 130 });
    font(ctx, "regular", 11, COLORS.text).text(value, x + 130, y - 1, { width: width - 130 });
    y = Math.max(doc.y, y + 14) + 10;
  }

  y += 16;
  doc.rect(x, y, width, 78).lineWidth(1).strokeColor(COLORS.accent).stroke();
  font(ctx, "bold", SIZES.body, COLORS.accent).text("Snapshot SHA-256", x + 14, y + 12, { width: width - 28 });
  font(ctx, "mono", 9.5, COLORS.text).text(ctx.snapshotSha256, x + 14, y + 28, { width: width - 28 });
  font(ctx, "regular", SIZES.small, COLORS.muted).text(
    "Fingerprint of the data this dossier was made from. The fingerprint of this PDF file is recorded in Actlas; see “Sign-off and verification”.",
    x + 14, y + 46, { width: width - 28 },
  );

  font(ctx, "regular", SIZES.small, COLORS.muted).text(
    "This dossier is a sealed export: Actlas stores this exact file and the data behind it, unchanged, so that it can be shown again and verified later. Any change to the file, even of one byte, makes verification fail.",
    x, doc.page.height - doc.page.margins.bottom - 60, { width },
  );
}
