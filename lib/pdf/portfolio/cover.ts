import { formatDate, formatDateTime } from "@/lib/utils";
import { contentWidth, font, left, type BaseCtx } from "../context";
import { memberRoleLabel } from "../labels";
import { COLORS, SIZES } from "../theme";
import type { PortfolioSnapshot } from "./snapshot";

// Page 1 of the portfolio report: whose portfolio, as of which date, which version, and the snapshot's fingerprint.
export function drawPortfolioCover(ctx: BaseCtx, s: PortfolioSnapshot): void {
  const { doc } = ctx;
  const x = left(ctx);
  const width = contentWidth(ctx);
  doc.rect(0, 0, doc.page.width, 200).fill(COLORS.headerFill);
  font(ctx, "bold", SIZES.small, COLORS.accent).text("ACTLAS · EU AI ACT PORTFOLIO REPORT", x, 56, { width, characterSpacing: 1 });
  font(ctx, "bold", SIZES.title, COLORS.text).text("AI portfolio: compliance status", x, 80, { width });
  font(ctx, "regular", 13, COLORS.muted).text(`${s.organization.name} · as of ${formatDate(s.figures.today)}`, x, doc.y + 6, { width });
  const rows: [string, string][] = [
    ["Organisation", s.organization.name],
    ["Figures as of", formatDate(s.figures.today)],
    ["Report version", `Version ${s.report.version}`],
    ["Generated", formatDateTime(s.report.generatedAt)],
    ["Exported by", `${s.report.exportedBy.name} (${memberRoleLabel(s.report.exportedBy.role)})`],
    ["AI systems covered", s.figures.systems.total.toLocaleString("en-GB")],
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
    "Fingerprint of the figures this report was made from. The fingerprint of this PDF file is recorded in Actlas; upload the file on the Reports page to verify it.",
    x + 14, y + 46, { width: width - 28 },
  );
  font(ctx, "regular", SIZES.small, COLORS.muted).text(
    "This report is a sealed export for management and the board: Actlas stores this exact file and the figures behind it, unchanged, so it can be shown again and verified later. Any change to the file, even of one byte, makes verification fail.",
    x, doc.page.height - doc.page.margins.bottom - 60, { width },
  );
}
