import { formatDate, formatDateTime } from "@/lib/utils";
import type { BaseCtx } from "../context";
import { drawSealedCover } from "../cover";
import { memberRoleLabel } from "../labels";
import type { PortfolioSnapshot } from "./snapshot";

// Page 1 of the portfolio report: whose portfolio, as of which date, which version, and the snapshot's fingerprint.
export function drawPortfolioCover(ctx: BaseCtx, s: PortfolioSnapshot): void {
  drawSealedCover(ctx, {
    kicker: "ACTLAS · EU AI ACT PORTFOLIO REPORT",
    title: "AI portfolio: compliance status",
    subtitle: `${s.organization.name} · as of ${formatDate(s.figures.today)}`,
    rows: [
      ["Organisation", s.organization.name],
      ["Figures as of", formatDate(s.figures.today)],
      ["Report version", `Version ${s.report.version}`],
      ["Generated", formatDateTime(s.report.generatedAt)],
      ["Exported by", `${s.report.exportedBy.name} (${memberRoleLabel(s.report.exportedBy.role)})`],
      ["AI systems covered", s.figures.systems.total.toLocaleString("en-GB")],
    ],
    fingerprintNote:
      "Fingerprint of the figures this report was made from. The fingerprint of this PDF file is recorded in Actlas; upload the file on the Reports page to verify it.",
    sealNote:
      "This report is a sealed export for management and the board: Actlas stores this exact file and the figures behind it, unchanged, so it can be shown again and verified later. Any change to the file, even of one byte, makes verification fail.",
  });
}
