import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn, formatDateTimeIn } from "@/lib/i18n/format";
import { contentWidth, font, left } from "../context";
import { COLORS, SIZES } from "../theme";
import type { PortfolioSnapshot } from "./snapshot";
import { portfolioWords, type PortfolioCtx } from "./words";

const coverText = (ctx: PortfolioCtx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "PortfolioCover" });

// Page 1 of the portfolio report: whose portfolio, as of which date, which version, the snapshot's fingerprint and
// the contents, together on one page (a board pack should not open on two pages of front matter). The contents are
// written last (drawCoverContents), once every section knows its page; the cover returns where they go.
export function drawPortfolioCover(ctx: PortfolioCtx, s: PortfolioSnapshot): number {
  const { doc, locale } = ctx;
  const t = coverText(ctx);
  const w = portfolioWords(locale);
  const today = formatDateIn(locale, s.figures.today);
  const x = left(ctx);
  const width = contentWidth(ctx);
  doc.rect(0, 0, doc.page.width, 150).fill(COLORS.headerFill);
  font(ctx, "bold", SIZES.small, COLORS.accent).text(t("kicker"), x, 48, {
    width,
    characterSpacing: 1,
  });
  font(ctx, "bold", SIZES.title, COLORS.text).text(t("title"), x, 68, { width });
  font(ctx, "regular", 13, COLORS.muted).text(
    t("subtitle", { organization: s.organization.name, day: today }),
    x,
    doc.y + 4,
    {
      width,
    },
  );

  const rows: [string, string][] = [
    [t("organisation"), s.organization.name],
    [t("asOf"), today],
    [t("systems"), w.count(s.figures.systems.total)],
    [t("reportVersion"), t("version", { version: String(s.report.version) })],
    [t("generated"), formatDateTimeIn(locale, s.report.generatedAt)],
    [t("exportedBy"), `${s.report.exportedBy.name} (${w.memberRole(s.report.exportedBy.role)})`],
  ];
  const half = width / 2;
  let bottomY = 172;
  rows.forEach(([label, value], i) => {
    const cx = x + (i < 3 ? 0 : half);
    const cy = 172 + (i % 3) * 22;
    font(ctx, "bold", SIZES.small, COLORS.muted).text(label, cx, cy, { width: 90 });
    font(ctx, "regular", SIZES.body, COLORS.text).text(value, cx + 92, cy - 1, {
      width: half - 100,
      height: 22,
      ellipsis: true,
    });
    bottomY = Math.max(bottomY, cy + 18);
  });

  const boxY = bottomY + 14;
  doc.rect(x, boxY, width, 58).lineWidth(1).strokeColor(COLORS.accent).stroke();
  font(ctx, "bold", SIZES.small, COLORS.accent).text(t("fingerprintTitle"), x + 12, boxY + 9, { width: width - 24 });
  font(ctx, "mono", 8.5, COLORS.text).text(ctx.snapshotSha256, x + 12, boxY + 22, { width: width - 24 });
  font(ctx, "regular", SIZES.tiny, COLORS.muted).text(t("fingerprintNote"), x + 12, boxY + 35, { width: width - 24 });
  font(ctx, "regular", SIZES.small, COLORS.muted).text(
    t("sealNote"),
    x,
    doc.page.height - doc.page.margins.bottom - 40,
    { width },
  );
  return boxY + 84;
}

/** The contents, on the cover below the fingerprint; each line links to its section. */
export function drawCoverContents(ctx: PortfolioCtx, top: number): void {
  const { doc } = ctx;
  doc.switchToPage(0);
  const x = left(ctx);
  const width = contentWidth(ctx);
  font(ctx, "bold", SIZES.h2, COLORS.accent).text(coverText(ctx)("contents"), x, top, { width });
  let y = doc.y + 8;
  for (const [i, entry] of ctx.toc.entries()) {
    const title = `${i + 1}. ${entry.title}`;
    const page = String(entry.pageIndex + 1);
    font(ctx, "regular", 10, COLORS.text);
    const pageWidth = doc.widthOfString(page);
    const titleWidth = doc.widthOfString(title);
    doc.text(title, x, y, { lineBreak: false, goTo: entry.destination });
    doc.text(page, x + width - pageWidth, y, { lineBreak: false, goTo: entry.destination });
    const from = x + titleWidth + 6;
    const to = x + width - pageWidth - 6;
    if (to > from)
      doc
        .moveTo(from, y + 9)
        .lineTo(to, y + 9)
        .dash(1, { space: 3 })
        .lineWidth(0.75)
        .strokeColor(COLORS.rule)
        .stroke()
        .undash();
    y += 18;
  }
}
