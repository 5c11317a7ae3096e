import { describe, expect, it } from "vitest";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { verifyDossier } from "@/lib/dal/dossiers/verification";
import { exportPortfolioReport, getPortfolioPdf, listPortfolioReports } from "@/lib/dal/dashboard/portfolio-report";
import { db } from "@/lib/db/client";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { renderPortfolio } from "@/lib/pdf/portfolio/render-portfolio";
import type { PortfolioSnapshot } from "@/lib/pdf/portfolio/snapshot";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { CREDIT_PROFILE, MINIMAL_PROFILE } from "../../unit/pdf/fixtures";
import { tamper } from "../dossier/helpers";

// Three classified systems in two units, one obligation done, one system never classified.
async function portfolio() {
  const { organizationId, admin } = await createOrganization("Portfolio");
  const manager = await addMember(organizationId, "MANAGER");
  // A tuple, not a mapped array, so ids[0] … ids[3] are known to exist.
  const ids = await Promise.all([
    createSystem(organizationId, "Credit A"),
    createSystem(organizationId, "Credit B"),
    createSystem(organizationId, "Chat helper"),
    createSystem(organizationId, "Unclassified idea"),
  ]);
  await db().aiSystem.updateMany({ where: { id: { in: ids.slice(0, 2) } }, data: { businessUnit: "Retail" } });
  await db().aiSystem.updateMany({ where: { id: { in: ids.slice(2) } }, data: { businessUnit: "Service" } });
  await storeClassificationRun(admin, { systemId: ids[0], answers: CREDIT_PROFILE });
  await storeClassificationRun(admin, { systemId: ids[1], answers: CREDIT_PROFILE });
  await storeClassificationRun(admin, { systemId: ids[2], answers: MINIMAL_PROFILE });
  const first = await db().obligation.findFirstOrThrow({ where: { systemId: ids[0] } });
  await db().obligation.update({ where: { id: first.id }, data: { status: "DONE" } });
  return { organizationId, admin, manager, ids };
}

describe("the portfolio report", () => {
  it("prints the dashboard's figures, which equal counts taken directly from the database", async () => {
    const { organizationId, manager } = await portfolio();
    const report = await exportPortfolioReport(manager, { today: "2026-11-22" });
    const text = (await pdfPages(report.pdf)).join(" ");

    const where = { organizationId, obsoleteAt: null };
    const applicable = await db().obligation.count({ where });
    const done = await db().obligation.count({ where: { ...where, status: { in: ["DONE", "NOT_APPLICABLE"] } } });
    const high = await db().aiSystem.count({ where: { organizationId, tier: "HIGH" } });
    const retail = await db().aiSystem.count({ where: { organizationId, businessUnit: "Retail" } });
    expect(high).toBe(2);
    expect(text).toContain("AI systems 4");
    expect(text).toContain(
      `Readiness, all systems ${done} of ${applicable} (${Math.floor((done / applicable) * 100)}%)`,
    );
    expect(text).toContain(`High-risk ${high} 50%`);
    expect(text).toContain(`Retail ${retail} 50%`);
    expect(text).toContain("Not classified 1 25%");
    expect(text).toMatch(/High-risk systems without a completed FRIA: 2 Credit A; Credit B\./);
    expect(text).toContain("figures as of 2026-11-22");
  });

  it("is sealed like a dossier: kind PORTFOLIO, no system, numbered per organisation, verifiable, and one changed byte fails", async () => {
    const { organizationId, admin, manager } = await portfolio();
    const first = await exportPortfolioReport(admin);
    const row = await db().dossierVersion.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({
      organizationId,
      kind: "PORTFOLIO",
      systemId: null,
      version: 1,
      pdfSha256: sha256Hex(row.pdf),
    });
    expect(row.snapshotSha256).toBe(sha256Hex(canonicalJson(row.snapshot)));
    // The stored snapshot renders the same bytes again; the PAdES signature is an incremental update after them.
    const rendered = await renderPortfolio(row.snapshot as PortfolioSnapshot);
    expect(first.pdf.subarray(0, rendered.length).equals(rendered)).toBe(true);

    const [b, c] = await Promise.all([exportPortfolioReport(admin), exportPortfolioReport(manager)]);
    expect([b.version, c.version].sort()).toEqual([2, 3]);
    expect((await listPortfolioReports(manager)).map((r) => r.version)).toEqual([3, 2, 1]);

    const verdict = await verifyDossier(manager, first.pdf);
    expect(verdict).toMatchObject({ genuine: true, dossier: { version: 1, systemName: "Portfolio report" } });
    expect(await verifyDossier(manager, tamper(first.pdf))).toMatchObject({ genuine: false });
    expect((await getPortfolioPdf(manager, first.id)).pdfSha256).toBe(first.pdfSha256);
    expect(await db().auditEvent.count({ where: { organizationId, action: "portfolio_report.exported" } })).toBe(3);

    const other = await createOrganization("Other");
    expect((await exportPortfolioReport(other.admin)).version).toBe(1);
    await expect(getPortfolioPdf(other.admin, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await verifyDossier(other.admin, first.pdf)).toMatchObject({ genuine: false });
  });
});
