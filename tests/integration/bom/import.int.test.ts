import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importBom } from "@/lib/dal/bom/import";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../../fixtures/bom", name), "utf8");
const BOM = fixture("credit-scoring.cdx.json");
const SYSTEM = "Loan approval assistant";

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("BOM import (CycloneDX 1.6 ML-BOM)", () => {
  it("a dry run lists what would be created and writes nothing; applying creates exactly that, audited", async () => {
    const { organizationId, admin } = await createOrganization();
    const dry = await importBom(admin, { text: BOM, apply: false });
    expect(dry).toMatchObject({
      applied: false,
      specVersion: "1.6",
      system: { id: null, name: SYSTEM, action: "create" },
      models: [{ name: "credit-scoring-gbm", action: "create" }],
      versions: [{ name: "credit-scoring-gbm 2.3.0", action: "create" }],
      datasets: [{ name: "loan-applications-2024", action: "create" }],
      links: [
        { name: "model credit-scoring-gbm", action: "create" },
        { name: "dataset loan-applications-2024", action: "create" },
      ],
    });
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
    expect(await db().aiModel.count({ where: { organizationId } })).toBe(0);

    const applied = await importBom(admin, { text: BOM, apply: true });
    expect(applied.applied).toBe(true);
    const system = await db().aiSystem.findFirstOrThrow({
      where: { organizationId, name: SYSTEM },
      include: { models: true, datasets: true },
    });
    expect(applied.system.id).toBe(system.id);
    expect(system.description).toMatch(/Scores consumer loan applications/);
    const model = await db().aiModel.findFirstOrThrow({ where: { organizationId }, include: { versions: true } });
    expect(model).toMatchObject({ name: "credit-scoring-gbm", description: expect.stringMatching(/Gradient-boosted/) });
    const version = one(model.versions);
    expect(version).toMatchObject({
      version: "2.3.0",
      organizationId,
      metrics: { AUC: 0.87, "false positive rate (age 60+)": 0.06 },
      datasetRefs: ["loan-applications-2024"],
    });
    expect(version.tags).toMatchObject({
      task: "classification",
      approach: "supervised",
      technicalLimitations: "not validated for business loans; income must be verified",
      "metric: calibration": "good",
    });
    const dataset = await db().dataset.findFirstOrThrow({ where: { organizationId } });
    expect(dataset).toMatchObject({ name: "loan-applications-2024", uri: "s3://risk-data/loan-applications/2024/" });
    expect(system.models.map((m) => m.modelId)).toEqual([model.id]);
    expect(system.datasets.map((d) => d.datasetId)).toEqual([dataset.id]);
    const audit = await db().auditEvent.findMany({ where: { organizationId }, orderBy: { sequence: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["system.created", "bom.imported"]);
    expect(audit[1]?.after).toMatchObject({
      serialNumber: "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
      created: 6,
    });
  });

  it("importing the same file again changes nothing and says so", async () => {
    const { organizationId, admin } = await createOrganization();
    await importBom(admin, { text: BOM, apply: true });
    const again = await importBom(admin, { text: BOM, apply: true });
    const actions = [again.system, ...again.models, ...again.versions, ...again.datasets, ...again.links].map(
      (c) => c.action,
    );
    expect(new Set(actions)).toEqual(new Set(["unchanged"]));
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(1);
    expect(await db().modelVersion.count({ where: { organizationId } })).toBe(1);
  });

  it("a new model version and a changed card are updates that keep what was stored", async () => {
    const { organizationId, admin } = await createOrganization();
    await importBom(admin, { text: BOM, apply: true });
    const next = JSON.parse(BOM);
    next.components[0].version = "2.4.0";
    next.components[0].modelCard.quantitativeAnalysis.performanceMetrics = [{ type: "AUC", value: "0.89" }];
    const result = await importBom(admin, { text: JSON.stringify(next), apply: true });
    expect(result.models).toEqual([{ name: "credit-scoring-gbm", action: "unchanged" }]);
    expect(result.versions).toEqual([{ name: "credit-scoring-gbm 2.4.0", action: "create" }]);
    const versions = await db().modelVersion.findMany({ where: { organizationId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.metrics])).toEqual([
      ["2.3.0", { AUC: 0.87, "false positive rate (age 60+)": 0.06 }],
      ["2.4.0", { AUC: 0.89 }],
    ]);
  });

  it("matches names only inside the caller's organisation", async () => {
    const other = await createOrganization("Other");
    const otherSystemId = await createSystem(other.organizationId, SYSTEM);
    await importBom(other.admin, { text: BOM, apply: true });
    const before = await db().aiSystem.findUniqueOrThrow({ where: { id: otherSystemId } });
    const { organizationId, admin } = await createOrganization();
    const result = await importBom(admin, { text: BOM, apply: true });
    expect(result.system.action).toBe("create");
    expect(result.system.id).not.toBe(otherSystemId);
    expect(result.models.map((m) => m.action)).toEqual(["create"]);
    expect(await db().aiSystem.findUniqueOrThrow({ where: { id: otherSystemId } })).toEqual(before);
    expect(await db().aiSystemModel.count({ where: { systemId: otherSystemId } })).toBe(1);
    const mine = await db().aiModel.findMany({ where: { organizationId }, select: { organizationId: true } });
    expect(mine).toEqual([{ organizationId }]);
    // Choosing another organisation's system by id is refused as if it did not exist.
    const refused = await failureOf(importBom(admin, { text: BOM, systemId: otherSystemId, apply: true }));
    expect(refused.code).toBe("NOT_FOUND");
    expect(await db().aiSystemModel.count({ where: { systemId: otherSystemId } })).toBe(1);
  });

  it("attaches to the chosen system, and asks for one when the name is ambiguous or missing", async () => {
    const { organizationId, admin } = await createOrganization();
    const first = await createSystem(organizationId, SYSTEM);
    await createSystem(organizationId, SYSTEM);
    const ambiguous = await failureOf(importBom(admin, { text: BOM, apply: false }));
    expect(ambiguous.fieldErrors?.systemId?.[0]).toMatch(/Several AI systems are named/);
    const chosen = await importBom(admin, { text: BOM, systemId: first, apply: true });
    expect(chosen.system).toEqual({ id: first, name: SYSTEM, action: "unchanged" });
    const nameless = JSON.parse(BOM);
    delete nameless.metadata.component;
    const missing = await failureOf(importBom(admin, { text: JSON.stringify(nameless), apply: false }));
    expect(missing.fieldErrors?.systemId?.[0]).toMatch(/names no application/);
  });

  it("refuses a file that fails the schema with each error's JSON path, and stores nothing", async () => {
    const { organizationId, admin } = await createOrganization();
    const error = await failureOf(importBom(admin, { text: fixture("broken.cdx.json"), apply: true }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.bom).toContain("/components/2/modelCard/modelParameters: must be object");
    expect(error.fieldErrors?.bom?.some((e) => e.startsWith("/serialNumber: must match pattern"))).toBe(true);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
  });

  it("an empty file is a field error, not a failure", async () => {
    const { admin } = await createOrganization();
    const error = await failureOf(importBom(admin, { text: "", apply: false }));
    expect(error.fieldErrors?.bom).toEqual(["Choose a CycloneDX or SPDX JSON file."]);
  });

  it("is for those who may edit systems", async () => {
    const { organizationId } = await createOrganization();
    const viewer = await addMember(organizationId, "AUDITOR");
    expect((await failureOf(importBom(viewer, { text: BOM, apply: false }))).code).toBe("FORBIDDEN");
  });
});
