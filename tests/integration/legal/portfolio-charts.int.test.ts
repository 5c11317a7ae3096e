import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { exportPortfolioReport } from "@/lib/dal/dashboard/portfolio-report";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { CREDIT_PROFILE } from "../../unit/pdf/fixtures";

const execute = promisify(execFile);
const TODAY = "2026-11-22";

// Two high-risk systems, seven of their duties overdue with an owner, one serious incident on the Art 73 clock.
async function portfolioWithWork() {
  const { organizationId, admin } = await createOrganization("Charts");
  const manager = await addMember(organizationId, "MANAGER");
  const ids = await Promise.all([
    createSystem(organizationId, "Scoring North"),
    createSystem(organizationId, "Scoring South"),
  ]);
  for (const systemId of ids) await storeClassificationRun(admin, { systemId, answers: CREDIT_PROFILE });
  const owner = await db().user.create({ data: { email: `owner-${organizationId}@example.test`, name: "Olga Owner" } });
  const late = await db().obligation.findMany({
    where: { organizationId, obsoleteAt: null },
    orderBy: [{ systemId: "asc" }, { code: "asc" }],
    take: 7,
  });
  for (const [i, o] of late.entries())
    await db().obligation.update({
      where: { id: o.id },
      data: { dueDate: new Date(`2026-10-${String(10 + i).padStart(2, "0")}T00:00:00Z`), ownerId: owner.id },
    });
  await db().incident.create({
    data: {
      organizationId,
      systemId: ids[0],
      number: 3,
      title: "Wrongful credit refusals",
      status: "OPEN",
      awareAt: new Date(Date.now() - 3 * 24 * 3600 * 1000),
    },
  });
  // Two days of the daily dashboard snapshots: the trend has lines to draw.
  const figures = (overdue: number) => ({
    systems: 2,
    byTier: { HIGH: 2 },
    highRisk: 2,
    dueNow: { done: 1, open: 5 },
    startingLater: { done: 0, open: 62 },
    overdue,
    openIncidents: 1,
  });
  await db().dashboardSnapshot.createMany({
    data: [
      { organizationId, day: new Date("2026-11-14T00:00:00Z"), figures: figures(4) },
      { organizationId, day: new Date("2026-11-21T00:00:00Z"), figures: figures(7) },
    ],
  });
  const overdue = await db().obligation.findMany({
    where: {
      organizationId,
      obsoleteAt: null,
      status: { in: ["NOT_STARTED", "IN_PROGRESS"] },
      dueDate: { lt: new Date(`${TODAY}T00:00:00Z`) },
    },
    select: { title: true, system: { select: { name: true } } },
  });
  return { manager, overdue };
}

async function imagesIn(pdf: Buffer): Promise<string[]> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "actlas-portfolio-")), "report.pdf");
  await writeFile(file, pdf);
  const { stdout } = await execute("pdfimages", ["-list", file]);
  // Two header lines, then one line per image.
  return stdout.trim().split("\n").slice(2);
}

describe("the portfolio report's charts, summary and annex", () => {
  it("opens with cover and contents on one page, the executive summary next, charts drawn as vectors, and an annex listing every overdue duty", async () => {
    const { manager, overdue } = await portfolioWithWork();
    expect(overdue).toHaveLength(7);
    const report = await exportPortfolioReport(manager, { today: TODAY });
    const pages = await pdfPages(report.pdf);

    expect(pages[0]).toContain("Contents 1. Executive summary 2");
    expect(pages[1]).toContain("1. Executive summary");
    expect(pages[1]).toMatch(/Overdue duties 7/);
    expect(pages[1]).toMatch(/Open incidents 1/);
    expect(pages[1]).toContain("Serious incident INC-0003: Art 73 report running");
    expect(pages[1]).toContain("Readiness: duties that apply now and duties that start later");
    const text = pages.join(" ");
    for (const label of [
      "AI systems per risk tier (most severe first)",
      "Duties per quarter in which they begin to apply",
      "Done (or not applicable)",
      "Still open",
      "High-risk 2 (100%)",
      "Readiness over time: share of duties done (%)",
      "Overdue duties: 4 → 7",
    ])
      expect(text).toContain(label);

    // Every overdue duty the figure counts is in the annex, and the section names the annex page it is on.
    const annexAt = pages.findIndex((p) => p.includes("A.1 Overdue duties"));
    expect(annexAt).toBeGreaterThan(1);
    const annex = pages.slice(annexAt).join(" ");
    expect(annex).toContain("A.1 Overdue duties (open, due date passed), oldest first: 7");
    for (const duty of overdue) expect(annex).toContain(duty.title.slice(0, 30));
    expect(annex.match(/Olga Owner/g)?.length).toBe(7);
    expect(text).toContain(`All 7 are listed in Annex A.1, page ${annexAt + 1}.`);
    expect(annex).toContain("INC-0003");

    // Vector graphics only: no raster image anywhere in the file.
    expect(await imagesIn(report.pdf)).toEqual([]);
  });

  it("renders an organisation with no systems: empty charts, no deadline, every list 'None.'", async () => {
    const { admin } = await createOrganization("Empty");
    const report = await exportPortfolioReport(admin, { today: TODAY });
    const pages = await pdfPages(report.pdf);
    expect(pages[1]).toContain("Next deadline None");
    expect(pages[1]).toContain("Due now No duties");
    expect(pages.join(" ")).toContain("No daily figures are recorded yet");
    const text = pages.join(" ");
    expect(text).toContain("Prohibited 0 High-risk 0");
    expect(text).toContain("A.1 Overdue duties (open, due date passed), oldest first: 0 None.");
    expect(await imagesIn(report.pdf)).toEqual([]);
  });
});
