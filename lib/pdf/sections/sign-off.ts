import { formatDateTime } from "@/lib/utils";
import {
  contentWidth,
  ensureSpace,
  font,
  keyValues,
  left,
  paragraph,
  startSection,
  subheading,
  type Ctx,
} from "../context";
import { memberRoleLabel } from "../labels";
import { COLORS, SIZES } from "../theme";

function signatureBox(ctx: Ctx, x: number, y: number, width: number, title: string): void {
  const { doc } = ctx;
  font(ctx, "bold", SIZES.body, COLORS.muted).text(title, x, y, { width });
  for (const [i, line] of ["Name", "Role", "Date", "Signature"].entries()) {
    const lineY = y + 40 + i * 34;
    doc
      .moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    font(ctx, "regular", SIZES.tiny, COLORS.faint).text(line, x, lineY + 3, { width });
  }
}

// A paper sign-off block for those who print the dossier, and how to verify the file: its own SHA-256 cannot be
// inside it, so Actlas records it at export and compares an uploaded copy byte for byte.
export function drawSignOff(ctx: Ctx): void {
  const { doc, snapshot: s } = ctx;
  startSection(ctx, "Sign-off and verification", { flow: true });
  keyValues(ctx, [
    [
      "Prepared by",
      `${s.dossier.exportedBy.name} (${memberRoleLabel(s.dossier.exportedBy.role)}), ${s.dossier.exportedBy.email}`,
    ],
    ["Exported", formatDateTime(s.dossier.generatedAt)],
    ["Dossier version", String(s.dossier.version)],
  ]);
  paragraph(
    ctx,
    "Electronic attestations by the legal team are recorded in Actlas against this dossier version, with the name and role of the person, the time and their statement; the verify page lists them.",
    { color: COLORS.muted },
  );

  ensureSpace(ctx, 190);
  const y = doc.y + 10;
  const gap = 24;
  const width = (contentWidth(ctx) - gap) / 2;
  signatureBox(ctx, left(ctx), y, width, "Reviewed and approved (legal)");
  signatureBox(ctx, left(ctx) + width + gap, y, width, "Acknowledged (management)");
  doc.x = left(ctx);
  doc.y = y + 190;

  subheading(ctx, "How to verify this dossier");
  paragraph(
    ctx,
    "1. The SHA-256 of the snapshot on the cover identifies the data this dossier was made from; Actlas keeps that snapshot with the dossier.",
  );
  paragraph(
    ctx,
    "2. A file cannot contain its own fingerprint, so the SHA-256 of this PDF file is recorded on the server when it is exported, together with who exported it and when.",
  );
  paragraph(
    ctx,
    "3. To check a copy, upload it on the Reports page in Actlas (Verify a dossier). Actlas computes the file's SHA-256 and looks it up among your organisation's sealed dossiers: a match means the copy is genuine and unaltered, and names the system, version and attestations. Any change, even of one byte, gives a different fingerprint and the check fails.",
  );
  font(ctx, "mono", SIZES.small, COLORS.muted).text(`Snapshot SHA-256: ${ctx.snapshotSha256}`, left(ctx), doc.y + 4, {
    width: contentWidth(ctx),
  });
}
