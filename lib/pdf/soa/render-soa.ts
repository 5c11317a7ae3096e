import { contentWidth, font, keyValues, left, paragraph, type BaseCtx } from "../context";
import { drawPageFurniture, openDocument } from "../document";
import { table, type Cell } from "../table";
import { COLORS, SIZES } from "../theme";
import type { FrameworkSummary } from "@/lib/standards/coverage";
import { summaryLine } from "@/lib/standards/coverage";
import type { SoaRow } from "@/lib/standards/soa";

export type SoaPdfData = {
  organizationName: string;
  frameworkName: string;
  edition: string;
  mappingVersion: string;
  ruleSetId: string;
  generatedAt: string;
  rows: SoaRow[];
  summary: FrameworkSummary;
};

const applicabilityCell = (r: SoaRow): Cell => ({
  text: r.applicability,
  sub: r.justification || undefined,
  fontKey: "bold",
  color:
    r.applicability === "Excluded" ? COLORS.badText : r.applicability === "Included" ? COLORS.okText : COLORS.muted,
});

/** The Statement of Applicability, from rows the data layer computed (no database here); signed by the caller. */
export function renderSoa(data: SoaPdfData): Promise<Buffer> {
  const { doc, done } = openDocument({
    Title: `Statement of Applicability: ${data.frameworkName} — ${data.organizationName}`,
    Author: data.organizationName,
    Subject: `Statement of Applicability, ${data.frameworkName} ${data.edition}`,
    CreationDate: new Date(data.generatedAt),
  });
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  font(ctx, "bold", SIZES.title, COLORS.accent).text("Statement of Applicability", left(ctx), doc.y, {
    width: contentWidth(ctx),
  });
  font(ctx, "regular", SIZES.h2, COLORS.muted).text(`${data.frameworkName} ${data.edition}`, {
    width: contentWidth(ctx),
  });
  doc.moveDown(0.8);
  keyValues(ctx, [
    ["Organisation", data.organizationName],
    ["Generated", `${data.generatedAt.slice(0, 16).replace("T", " ")} UTC`],
    ["Controls", summaryLine(data.summary)],
    ["Crosswalk version", data.mappingVersion],
    ["AI Act rule set", data.ruleSetId],
  ]);
  paragraph(
    ctx,
    "Each Annex A control with the organisation's decision to include or exclude it, the justification, and how far the records kept in Actlas (AI Act obligations with their evidence, the Art 9 risk register, the Art 4 AI-literacy register) evidence it today. Control titles are Actlas's own short wording, not the text of the standard.",
    { color: COLORS.muted, size: SIZES.small },
  );
  doc.moveDown(0.4);
  table(
    ctx,
    [
      { header: "Control", width: 0.1 },
      { header: "Title", width: 0.22 },
      { header: "Applicability and justification", width: 0.25 },
      { header: "Coverage in Actlas", width: 0.23 },
      { header: "Evidenced by", width: 0.2 },
    ],
    data.rows.map((r): Cell[] => [
      { text: r.controlId, fontKey: "bold" },
      { text: r.title, sub: r.group },
      applicabilityCell(r),
      r.coverage,
      { text: r.evidencedBy, color: COLORS.muted },
    ]),
    { size: SIZES.small },
  );
  drawPageFurniture(ctx, {
    headLeft: `Statement of Applicability · ${data.frameworkName}`,
    headRight: data.organizationName,
    footLeft: `${data.organizationName} · generated ${data.generatedAt.slice(0, 10)}`,
  });
  doc.end();
  return done;
}
