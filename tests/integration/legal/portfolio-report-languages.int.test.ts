import { describe, expect, it } from "vitest";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { exportPortfolioReport } from "@/lib/dal/dashboard/portfolio-report";
import { db } from "@/lib/db/client";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { isLocale } from "@/lib/i18n/locales";
import { renderPortfolio } from "@/lib/pdf/portfolio/render-portfolio";
import type { PortfolioSnapshot } from "@/lib/pdf/portfolio/snapshot";
import { createOrganization, createSystem } from "../../helpers/factories";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { CREDIT_PROFILE } from "../../unit/pdf/fixtures";

describe("the portfolio report in the organisation's document language", () => {
  it("is sealed in German, remembers the language, and its snapshot renders the same bytes again", async () => {
    const { organizationId, admin } = await createOrganization("Portfolio DE");
    await db().organization.update({ where: { id: organizationId }, data: { documentLocale: "de" } });
    const systemId = await createSystem(organizationId, "Kreditprüfung");
    await storeClassificationRun(admin, { systemId, answers: CREDIT_PROFILE });

    const report = await exportPortfolioReport(admin, { today: "2026-11-22" });
    const text = (await pdfPages(report.pdf)).join(" ").replace(/- /g, "-");
    expect(text).toContain("KI-Portfolio: Stand der Compliance");
    expect(text).toContain("Zusammenfassung für die Geschäftsleitung");
    expect(text).toContain("Hochrisiko-KI-Systeme ohne abgeschlossene Grundrechte-Folgenabschätzung: 1");
    expect(text).not.toContain("Executive summary");

    const row = await db().dossierVersion.findUniqueOrThrow({ where: { id: report.id } });
    expect(row.locale).toBe("de");
    // The snapshot holds no words of its own: its hash is that of its canonical JSON, whatever the language.
    expect(row.snapshotSha256).toBe(sha256Hex(canonicalJson(row.snapshot)));
    const locale = isLocale(row.locale) ? row.locale : "en";
    const rendered = await renderPortfolio(row.snapshot as PortfolioSnapshot, locale);
    expect(report.pdf.subarray(0, rendered.length).equals(rendered)).toBe(true);
  });
});
