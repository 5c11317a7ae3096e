import { roleList } from "@/lib/classification/describe-result";
import type { DossierGap } from "@/lib/pdf/gaps";
import { formatDate, formatDateTime } from "@/lib/utils";
import { contentWidth, font, left, type Ctx } from "../context";
import { drawSealedCover } from "../cover";
import { memberRoleLabel } from "../labels";
import { COLORS, SIZES } from "../theme";
import { anchorPage } from "./anchors";
import { dispositionText, tierText } from "./classification-open";

const PAD = 10;
const LINE_GAP = 1;
const PAGE_COLUMN = 44;

// Page 1 of a system dossier: which system, which version, by whom, under which rule set, where the system stands
// (tier, roles, disposition and what is missing) and the snapshot's fingerprint. The gap summary is drawn once the
// sections are, so each line can name and link the page that explains it; the returned function draws it.
export function drawCover(ctx: Ctx, gaps: DossierGap[]): () => void {
  const { snapshot: s } = ctx;
  const c = s.classification;
  const ruleSet = c?.result.ruleSet;
  const draft = s.dossier.finality === "DRAFT";
  const { reservedY } = drawSealedCover(ctx, {
    kicker: "ACTLAS · EU AI ACT COMPLIANCE DOSSIER",
    title: s.system.name,
    subtitle: s.organization.name,
    stamp: draft ? "DRAFT" : undefined,
    reserve: summaryHeight(ctx, gaps),
    rows: [
      [
        "Dossier version",
        `Version ${s.dossier.version} · ${draft ? "Draft: not for submission, not attestable" : "Final"}`,
      ],
      ["Date", `${formatDate(s.dossier.generatedAt)} (${formatDateTime(s.dossier.generatedAt)})`],
      ["Exported by", `${s.dossier.exportedBy.name} (${memberRoleLabel(s.dossier.exportedBy.role)})`],
      [
        "Rule-set version",
        ruleSet ? `${ruleSet.id}, in force from ${formatDate(ruleSet.effectiveFrom)}` : "Not classified yet",
      ],
      ["Classification", c ? `${tierText(c)} (run ${c.runSequence})` : "Not classified yet"],
      ["Roles", c ? roleList(c.result.roles) : "Not classified yet"],
      ["Disposition", c ? dispositionText(c) : "Not classified yet"],
    ],
    fingerprintNote:
      "Fingerprint of the data this dossier was made from. The fingerprint of this PDF file is recorded in Actlas; see “Sign-off and verification”.",
    sealNote:
      "This dossier is a sealed export: Actlas stores this exact file and the data behind it, unchanged, so that it can be shown again and verified later. Any change to the file, even of one byte, makes verification fail.",
  });
  return () => drawSummary(ctx, gaps, reservedY);
}

const heading = (gaps: DossierGap[]) => {
  const blocking = gaps.filter((g) => g.blocking).length;
  if (gaps.length === 0) return "Gap summary: nothing the law requires is missing";
  if (blocking === 0) return "Gap summary: nothing blocks a final dossier";
  return `Gap summary: ${blocking} ${blocking === 1 ? "gap blocks" : "gaps block"} a final dossier`;
};

const lineText = (g: DossierGap) => (g.blocking ? g.title : `${g.title} (does not block)`);
const textWidth = (ctx: Ctx) => contentWidth(ctx) - PAD * 2 - 14 - PAGE_COLUMN;

function summaryHeight(ctx: Ctx, gaps: DossierGap[]): number {
  font(ctx, "regular", SIZES.body);
  const lines = gaps.reduce(
    (sum, g) => sum + ctx.doc.heightOfString(lineText(g), { width: textWidth(ctx), lineGap: LINE_GAP }) + 3,
    0,
  );
  return PAD * 2 + 18 + lines;
}

function drawSummary(ctx: Ctx, gaps: DossierGap[], y: number): void {
  const { doc } = ctx;
  const x = left(ctx);
  const width = contentWidth(ctx);
  const blocking = gaps.some((g) => g.blocking);
  const [fill, border, text] = blocking
    ? [COLORS.gapFill, COLORS.gapBorder, COLORS.gapText]
    : [COLORS.zebra, COLORS.rule, COLORS.okText];
  doc.switchToPage(0);
  doc.rect(x, y, width, summaryHeight(ctx, gaps)).lineWidth(1).fillAndStroke(fill, border);
  font(ctx, "bold", SIZES.body + 1, text).text(heading(gaps), x + PAD, y + PAD, { width: width - PAD * 2 });
  let lineY = y + PAD + 18;
  for (const g of gaps) {
    const page = anchorPage(ctx, g.destination);
    font(ctx, "bold", SIZES.body, g.blocking ? COLORS.badText : COLORS.muted).text("•", x + PAD, lineY, {
      lineBreak: false,
    });
    font(ctx, "regular", SIZES.body, COLORS.text).text(lineText(g), x + PAD + 14, lineY, {
      width: textWidth(ctx),
      lineGap: LINE_GAP,
      goTo: g.destination,
    });
    const next = doc.y + 3;
    if (page !== undefined) {
      const label = `page ${page + 1}`;
      font(ctx, "regular", SIZES.small, COLORS.accent);
      doc.text(label, x + width - PAD - doc.widthOfString(label), lineY + 1, {
        lineBreak: false,
        goTo: g.destination,
        underline: true,
      });
    }
    lineY = next;
  }
}
