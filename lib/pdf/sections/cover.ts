import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn, formatDateTimeIn } from "@/lib/i18n/format";
import type { DossierGap } from "@/lib/pdf/gaps";
import { contentWidth, font, left, type Ctx } from "../context";
import { drawSealedCover } from "../cover";
import { dossierLabels } from "../labels";
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
  const { snapshot: s, locale } = ctx;
  const t = coverText(ctx);
  const labels = dossierLabels(locale);
  const c = s.classification;
  const ruleSet = c?.result.ruleSet;
  const draft = s.dossier.finality === "DRAFT";
  const at = s.dossier.generatedAt;
  const { reservedY } = drawSealedCover(ctx, {
    kicker: t("kicker"),
    title: s.system.name,
    subtitle: s.organization.name,
    stamp: draft ? t("stamp") : undefined,
    reserve: summaryHeight(ctx, gaps),
    rows: [
      [
        t("version"),
        t("versionValue", { version: String(s.dossier.version), state: draft ? t("draftState") : t("final") }),
      ],
      [t("date"), `${formatDateIn(locale, at)} (${formatDateTimeIn(locale, at)})`],
      [t("exportedBy"), `${s.dossier.exportedBy.name} (${labels.memberRole(s.dossier.exportedBy.role)})`],
      [
        t("ruleSet"),
        ruleSet
          ? t("ruleSetValue", { id: ruleSet.id, from: formatDateIn(locale, ruleSet.effectiveFrom) })
          : t("notYet"),
      ],
      [
        t("classification"),
        c ? t("classificationValue", { tier: tierText(ctx, c), run: String(c.runSequence) }) : t("notYet"),
      ],
      [t("roles"), c ? labels.roles(c.result.roles) : t("notYet")],
      [t("disposition"), c ? dispositionText(ctx, c) : t("notYet")],
    ],
    fingerprintTitle: t("fingerprintTitle"),
    fingerprintNote: t("fingerprintNote"),
    sealNote: t("sealNote"),
  });
  return () => drawSummary(ctx, gaps, reservedY);
}

type CoverText = ReturnType<typeof coverText>;
const coverText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierCover" });

const heading = (t: CoverText, gaps: DossierGap[]) => {
  const blocking = gaps.filter((g) => g.blocking).length;
  if (gaps.length === 0) return t("summaryNone");
  if (blocking === 0) return t("summaryNoneBlocking");
  return t("summaryBlocking", { count: blocking });
};

const lineText = (t: CoverText, g: DossierGap) => (g.blocking ? g.title : t("notBlocking", { title: g.title }));
const textWidth = (ctx: Ctx) => contentWidth(ctx) - PAD * 2 - 14 - PAGE_COLUMN;

function summaryHeight(ctx: Ctx, gaps: DossierGap[]): number {
  const t = coverText(ctx);
  font(ctx, "regular", SIZES.body);
  const lines = gaps.reduce(
    (sum, g) => sum + ctx.doc.heightOfString(lineText(t, g), { width: textWidth(ctx), lineGap: LINE_GAP }) + 3,
    0,
  );
  return PAD * 2 + 18 + lines;
}

function drawSummary(ctx: Ctx, gaps: DossierGap[], y: number): void {
  const { doc } = ctx;
  const t = coverText(ctx);
  const x = left(ctx);
  const width = contentWidth(ctx);
  const blocking = gaps.some((g) => g.blocking);
  const [fill, border, text] = blocking
    ? [COLORS.gapFill, COLORS.gapBorder, COLORS.gapText]
    : [COLORS.zebra, COLORS.rule, COLORS.okText];
  doc.switchToPage(0);
  doc.rect(x, y, width, summaryHeight(ctx, gaps)).lineWidth(1).fillAndStroke(fill, border);
  font(ctx, "bold", SIZES.body + 1, text).text(heading(t, gaps), x + PAD, y + PAD, { width: width - PAD * 2 });
  let lineY = y + PAD + 18;
  for (const g of gaps) {
    const page = anchorPage(ctx, g.destination);
    font(ctx, "bold", SIZES.body, g.blocking ? COLORS.badText : COLORS.muted).text("•", x + PAD, lineY, {
      lineBreak: false,
    });
    font(ctx, "regular", SIZES.body, COLORS.text).text(lineText(t, g), x + PAD + 14, lineY, {
      width: textWidth(ctx),
      lineGap: LINE_GAP,
      goTo: g.destination,
    });
    const next = doc.y + 3;
    if (page !== undefined) {
      const label = t("page", { page: String(page + 1) });
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
