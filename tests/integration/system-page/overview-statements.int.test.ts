import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveSession } from "@/lib/dal/accounts/internal/sessions";
import { getClassificationSummary } from "@/lib/dal/classification/classification";
import { previewGate } from "@/lib/dal/classification/gate";
import { detailSelect } from "@/lib/dal/systems/internal/system-detail";
import { getSystem } from "@/lib/dal/systems/systems";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";
import { statementsOf } from "../../helpers/statements";
import { legalOrganisation } from "../legal/helpers";

// Issue #21: the system page spent its CPU on the ORM's one-statement-per-relation reads (27 statements for 1 ms of
// database time). These pin the reads to one statement each and to the ORM's own answer.

async function systemWithLinks() {
  const org = await legalOrganisation();
  const { organizationId, systemId, legal } = org;
  await db().aiSystem.update({
    where: { id: systemId },
    data: { ownerId: legal.userId, placedOnMarketAt: new Date("2026-03-01"), sourcing: "BUILT_IN_HOUSE" },
  });
  for (const name of ["scorer", "explainer"]) {
    const model = await db().aiModel.create({ data: { organizationId, name, registryName: `reg-${name}` } });
    // Distinct registration times: two versions made within the same millisecond have no newest one to read first.
    const made = (version: string, stage: string, at: string) =>
      db().modelVersion.create({
        data: { organizationId, modelId: model.id, version, stage, createdAt: new Date(at) },
      });
    await made("1", "Archived", "2026-01-01T00:00:00Z");
    await made("2", "Production", "2026-02-01T00:00:00Z");
    await db().aiSystemModel.create({ data: { organizationId, systemId, modelId: model.id } });
  }
  for (const name of ["Loans 2024", "Applications 2023"]) {
    const dataset = await db().dataset.create({ data: { organizationId, name, uri: `s3://${name}` } });
    await db().aiSystemDataset.create({ data: { organizationId, systemId, datasetId: dataset.id } });
  }
  return org;
}

afterEach(() => vi.restoreAllMocks());

describe("the system page's reads", () => {
  it("reads a system with its run, owner, models, versions and datasets exactly as the ORM does", async () => {
    const { organizationId, systemId, legal } = await systemWithLinks();
    const orm = await db().aiSystem.findFirstOrThrow({ where: { id: systemId, organizationId }, select: detailSelect });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const expected = {
      ...orm,
      models: orm.models.sort((a, b) => byName(a.model, b.model)),
      datasets: orm.datasets.sort((a, b) => byName(a.dataset, b.dataset)),
    };
    const system = await getSystem(legal, systemId);
    expect(system).toEqual(expected);
    expect(system.models.map((m) => m.model.versions.map((v) => v.version))).toEqual([
      ["2", "1"],
      ["2", "1"],
    ]);
    expect(system.owner).not.toBeNull();
    expect(system.currentRun).not.toBeNull();
  });

  it("reads an unclassified system without owner or links, and another organisation's as not found", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId, "Bare");
    const orm = await db().aiSystem.findFirstOrThrow({ where: { id: systemId }, select: detailSelect });
    expect(await getSystem(admin, systemId)).toEqual(orm);
    const other = await createOrganization();
    await expect(getSystem(other.admin, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClassificationSummary(other.admin, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("sends one statement per read, after the membership check", async () => {
    const { systemId, legal } = await systemWithLinks();
    // The membership check (with the member's e-mail for the audit label) is one statement.
    expect(await statementsOf(() => getSystem(legal, systemId))).toBe(2);
    expect(await statementsOf(() => getClassificationSummary(legal, systemId))).toBe(2);
    // The system with its run, the blocking duties and the breach tasks.
    expect(await statementsOf(() => previewGate(legal, systemId))).toBe(4);
    const session = await db().authSession.create({
      data: {
        userId: legal.userId,
        activeOrganizationId: legal.organizationId,
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    expect(await statementsOf(() => resolveSession(session.id))).toBe(1);
  });

  it("summarises the classification from the same statement: who ran it, its sequence, whether it is overridden", async () => {
    const { systemId, legal } = await systemWithLinks();
    const run = await db().classificationRun.findFirstOrThrow({
      where: { systemId },
      orderBy: { sequence: "desc" },
      select: { sequence: true, createdBy: { select: { name: true } } },
    });
    await expect(getClassificationSummary(legal, systemId)).resolves.toMatchObject({
      runSequence: run.sequence,
      classifiedByName: run.createdBy?.name ?? null,
      stale: false,
      overridden: false,
      hasDraft: false,
    });
  });
});
