import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getPortfolioHeatMap, listOrganisationRisks } from "@/lib/dal/risks/portfolio";
import { createRisk } from "@/lib/dal/risks/risks";
import { ZCreateRisk } from "@/lib/validations/risks";
import { parseOrgRiskParams } from "@/lib/validations/risk-portfolio";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";

type Org = Awaited<ReturnType<typeof createOrganization>>;
type RiskRow = {
  title: string;
  l: number;
  i: number;
  rl?: number;
  ri?: number;
  status?: "OPEN" | "TREATED" | "CLOSED";
};

async function addRisks(org: Org, systemId: string, risks: RiskRow[]) {
  for (const r of risks)
    await db().risk.create({
      data: {
        organizationId: org.organizationId,
        systemId,
        title: r.title,
        likelihood: r.l,
        impact: r.i,
        residualLikelihood: r.rl ?? null,
        residualImpact: r.ri ?? null,
        status: r.status ?? "OPEN",
      },
    });
}

const EMPTY_RISK = {
  description: "",
  affectedPersons: "",
  fundamentalRights: "",
  source: "MANUAL",
  residualLikelihood: "",
  residualImpact: "",
  treatment: "",
  mitigation: "",
  ownerId: "",
  nextReviewDate: "",
};

const cellsOf = (cells: { likelihood: number; impact: number; count: number }[]) =>
  Object.fromEntries(cells.map((c) => [`${c.likelihood}-${c.impact}`, c.count]));

// The dashboard's portfolio heat map and the organisation-wide list behind its cells: one organisation's open risks,
// placed by their current (residual where set) or inherent rating.
describe("the risk portfolio", () => {
  let org: Org;
  let other: Org;
  let systemA: string;
  let systemB: string;
  beforeAll(async () => {
    org = await createOrganization("Portfolio");
    other = await createOrganization("Elsewhere");
    systemA = await createSystem(org.organizationId, "Credit scoring");
    systemB = await createSystem(org.organizationId, "CV screening");
    await addRisks(org, systemA, [
      { title: "Biased scores", l: 4, i: 5 },
      { title: "Drift", l: 4, i: 5, rl: 2, ri: 3, status: "TREATED" },
      { title: "Half rated", l: 3, i: 3, rl: 1 },
      { title: "Old and closed", l: 4, i: 5, status: "CLOSED" },
    ]);
    await addRisks(org, systemB, [{ title: "Ranking older applicants lower", l: 4, i: 5 }]);
    await addRisks(other, await createSystem(other.organizationId, "Theirs"), [{ title: "Not ours", l: 4, i: 5 }]);
  });

  it("counts open risks per cell of one organisation, by current or inherent rating", async () => {
    const manager = await addMember(org.organizationId, "MANAGER");
    expect(cellsOf(await getPortfolioHeatMap(manager, "current"))).toEqual({ "4-5": 2, "2-3": 1, "3-3": 1 });
    expect(cellsOf(await getPortfolioHeatMap(manager, "inherent"))).toEqual({ "4-5": 3, "3-3": 1 });
    expect(cellsOf(await getPortfolioHeatMap(other.admin, "current"))).toEqual({ "4-5": 1 });
  });

  it("is kept between views and counts a risk recorded since (every risk write is audited)", async () => {
    const third = await createOrganization("Kept");
    const systemId = await createSystem(third.organizationId);
    expect(await getPortfolioHeatMap(third.admin, "current")).toEqual([]);
    const fields = { systemId, title: "Recorded later", likelihood: "2", impact: "2", status: "OPEN" };
    await createRisk(third.admin, ZCreateRisk.parse({ ...EMPTY_RISK, ...fields }));
    expect(cellsOf(await getPortfolioHeatMap(third.admin, "current"))).toEqual({ "2-2": 1 });
  });

  it("lists one cell's risks with their systems, and never another organisation's", async () => {
    const auditor = await addMember(org.organizationId, "AUDITOR");
    const list = await listOrganisationRisks(auditor, parseOrgRiskParams({ l: "4", i: "5" }));
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => [r.title, r.systemName]).sort()).toEqual([
      ["Biased scores", "Credit scoring"],
      ["Ranking older applicants lower", "CV screening"],
    ]);
    const inherent = await listOrganisationRisks(auditor, parseOrgRiskParams({ l: "4", i: "5", view: "inherent" }));
    expect(inherent.rows.map((r) => r.title).sort()).toEqual([
      "Biased scores",
      "Drift",
      "Ranking older applicants lower",
    ]);
    expect(inherent.rows.find((r) => r.title === "Drift")).toMatchObject({ status: "TREATED", systemId: systemA });
  });

  it("lists every open risk highest rating first, a page at a time, ignoring nonsense parameters", async () => {
    const all = await listOrganisationRisks(org.admin, parseOrgRiskParams({ l: "9", i: "x", page: "-3" }));
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.title).slice(-2)).toEqual(["Half rated", "Drift"]);
    const past = await listOrganisationRisks(org.admin, parseOrgRiskParams({ page: "2" }));
    expect(past).toMatchObject({ total: 4, rows: [], page: 2 });
  });
});
