import { contentWidth, ensureSpace, font, keyValues, left, paragraph, type BaseCtx } from "../context";
import { drawPageFurniture, openDocument } from "../document";
import { COLORS, SIZES } from "../theme";
import type { PolicyBlock } from "@/lib/policies/markdown-blocks";

export type PolicyPdfData = {
  organizationName: string;
  title: string;
  kind: string;
  number: number;
  status: "in force" | "retired";
  publishedAt: string | null;
  retiredAt: string | null;
  approvedBy: string;
  approvedAt: string | null;
  audience: string;
  changeNote: string;
  blocks: PolicyBlock[];
  generatedAt: string;
};

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

function block(ctx: BaseCtx, b: PolicyBlock): void {
  const { doc } = ctx;
  switch (b.kind) {
    case "heading":
      // A heading keeps room for two lines of what follows, so it never ends a page alone.
      ensureSpace(ctx, 48);
      doc.moveDown(b.depth <= 2 ? 0.6 : 0.3);
      font(ctx, "bold", b.depth <= 2 ? SIZES.h2 : SIZES.body).text(b.text, left(ctx), doc.y, {
        width: contentWidth(ctx),
      });
      doc.moveDown(0.3);
      return;
    case "paragraph":
      ensureSpace(ctx, 14);
      paragraph(ctx, b.text, b.quote ? { color: COLORS.muted, indent: 12 } : {});
      return;
    case "item": {
      ensureSpace(ctx, 14);
      const indent = 4 + b.level * 14;
      const y = doc.y;
      font(ctx, "regular", SIZES.body, COLORS.accent).text(b.marker, left(ctx) + indent, y, { lineBreak: false });
      font(ctx, "regular").text(b.text, left(ctx) + indent + 16, y, {
        width: contentWidth(ctx) - indent - 16,
        lineGap: 1.5,
      });
      doc.x = left(ctx);
      doc.moveDown(0.2);
      return;
    }
    case "code":
      ensureSpace(ctx, 14);
      font(ctx, "mono", SIZES.small).text(b.text, left(ctx) + 8, doc.y, { width: contentWidth(ctx) - 8 });
      doc.moveDown(0.4);
      return;
    case "rule": {
      doc.moveDown(0.3);
      const y = doc.y;
      doc
        .moveTo(left(ctx), y)
        .lineTo(left(ctx) + contentWidth(ctx), y)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
      doc.moveDown(0.5);
      return;
    }
  }
}

/** One published version of a policy, its text from Markdown blocks (no database here); signed by the caller. */
export function renderPolicy(data: PolicyPdfData): Promise<Buffer> {
  const { doc, done } = openDocument({
    Title: `${data.title}, version ${data.number} — ${data.organizationName}`,
    Author: data.organizationName,
    Subject: `${data.kind} policy, version ${data.number}`,
    CreationDate: new Date(data.generatedAt),
  });
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  font(ctx, "bold", SIZES.title, COLORS.accent).text(data.title, left(ctx), doc.y, { width: contentWidth(ctx) });
  font(ctx, "regular", SIZES.h2, COLORS.muted).text(`${data.kind} · version ${data.number}, ${data.status}`, {
    width: contentWidth(ctx),
  });
  doc.moveDown(0.8);
  keyValues(ctx, [
    ["Organisation", data.organizationName],
    ["Published", day(data.publishedAt)],
    ...(data.retiredAt ? ([["Retired", day(data.retiredAt)]] as [string, string][]) : []),
    ["Approved by", data.approvedAt ? `${data.approvedBy}, ${day(data.approvedAt)}` : data.approvedBy],
    ["Applies to", data.audience],
    ...(data.changeNote ? ([["What changed", data.changeNote]] as [string, string][]) : []),
  ]);
  const y = doc.y + 4;
  doc
    .moveTo(left(ctx), y)
    .lineTo(left(ctx) + contentWidth(ctx), y)
    .lineWidth(1)
    .strokeColor(COLORS.accent)
    .stroke();
  doc.y = y + 12;
  if (data.blocks.length === 0) paragraph(ctx, "This version has no text.", { color: COLORS.muted });
  for (const b of data.blocks) block(ctx, b);
  drawPageFurniture(ctx, {
    headLeft: `${data.title}, version ${data.number}`,
    headRight: data.organizationName,
    footLeft: `${data.organizationName} · generated ${data.generatedAt.slice(0, 10)}`,
  });
  doc.end();
  return done;
}
