import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importBom } from "@/lib/dal/bom/import";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { one } from "../../helpers/expect-defined";
import { createOrganization, createSystem } from "../../helpers/factories";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../../fixtures/bom", name), "utf8");
const SPDX = fixture("credit-scoring.spdx.json");
const SYSTEM = "Loan approval assistant";

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const actionsOf = (r: Awaited<ReturnType<typeof importBom>>) =>
  [r.system, ...r.models, ...r.versions, ...r.datasets, ...r.links].map((c) => c.action);

describe("BOM import (SPDX 3.0.1 AI and Dataset profiles)", () => {
  it("a dry run lists what would be created and writes nothing; applying creates exactly that, audited", async () => {
    const { organizationId, admin } = await createOrganization();
    const dry = await importBom(admin, { text: SPDX, apply: false });
    expect(dry).toEqual({
      applied: false,
      format: "SPDX",
      specVersion: "3.0.1",
      system: { id: null, name: SYSTEM, action: "create" },
      models: [{ name: "credit-scoring-gbm", action: "create" }],
      versions: [{ name: "credit-scoring-gbm 2.3.0", action: "create" }],
      datasets: [
        { name: "loan-applications-2024", action: "create" },
        { name: "loan-holdout-2025", action: "create" },
      ],
      links: [
        { name: "model credit-scoring-gbm", action: "create" },
        { name: "dataset loan-applications-2024", action: "create" },
        { name: "dataset loan-holdout-2025", action: "create" },
      ],
    });
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
    expect(await db().dataset.count({ where: { organizationId } })).toBe(0);

    const applied = await importBom(admin, { text: SPDX, apply: true });
    const system = await db().aiSystem.findFirstOrThrow({
      where: { organizationId, name: SYSTEM },
      include: { models: true, datasets: true },
    });
    expect(applied).toMatchObject({ applied: true, format: "SPDX", system: { id: system.id } });
    expect(system.description).toMatch(/^Scores consumer loan applications/);
    const model = await db().aiModel.findFirstOrThrow({ where: { organizationId }, include: { versions: true } });
    expect(model.name).toBe("credit-scoring-gbm");
    const version = one(model.versions);
    expect(version).toMatchObject({
      version: "2.3.0",
      organizationId,
      metrics: { AUC: 0.87 },
      datasetRefs: ["loan-applications-2024", "loan-holdout-2025"],
    });
    expect(version.tags).toMatchObject({
      suppliedBy: "Risk ML team",
      typeOfModel: "gradient boosted trees",
      autonomyType: "no",
      limitation: "Not validated for business loans; income must be verified.",
      trainedOn: "loan-applications-2024",
      testedOn: "loan-holdout-2025",
      "metric: calibration": "good",
    });
    const datasets = await db().dataset.findMany({ where: { organizationId }, orderBy: { name: "asc" } });
    expect(datasets.map((d) => [d.name, d.uri])).toEqual([
      ["loan-applications-2024", "s3://risk-data/loan-applications/2024/"],
      ["loan-holdout-2025", ""],
    ]);
    expect(datasets[0]?.description).toContain("Known bias: few applicants under 21");
    expect(datasets[0]?.description).toContain("Sensitive personal information: yes");
    expect(system.models.map((m) => m.modelId)).toEqual([model.id]);
    expect(system.datasets.map((d) => d.datasetId).sort()).toEqual(datasets.map((d) => d.id).sort());
    const audit = await db().auditEvent.findMany({ where: { organizationId }, orderBy: { sequence: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["system.created", "bom.imported"]);
    expect(audit[1]?.after).toMatchObject({
      format: "SPDX",
      specVersion: "3.0.1",
      spdxDocument: "https://bank.example/spdx/loan-assistant#document",
      created: 8,
    });
  });

  it("importing the same file again changes nothing and says so", async () => {
    const { organizationId, admin } = await createOrganization();
    await importBom(admin, { text: SPDX, apply: true });
    const again = await importBom(admin, { text: SPDX, apply: true });
    expect(new Set(actionsOf(again))).toEqual(new Set(["unchanged"]));
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(1);
    expect(await db().modelVersion.count({ where: { organizationId } })).toBe(1);
    expect(await db().dataset.count({ where: { organizationId } })).toBe(2);
  });

  it("goes through the same applier as CycloneDX: the SPDX file of a model imported from CycloneDX adds to it", async () => {
    const { organizationId, admin } = await createOrganization();
    await importBom(admin, { text: fixture("credit-scoring.cdx.json"), apply: true });
    const result = await importBom(admin, { text: SPDX, apply: true });
    expect(result.system.action).toBe("unchanged");
    expect(result.versions).toEqual([{ name: "credit-scoring-gbm 2.3.0", action: "update" }]);
    expect(result.datasets).toEqual([
      { name: "loan-applications-2024", action: "update" },
      { name: "loan-holdout-2025", action: "create" },
    ]);
    const version = await db().modelVersion.findFirstOrThrow({ where: { organizationId } });
    // The CycloneDX card's fields stay; SPDX's are merged over them.
    expect(version.tags).toMatchObject({ task: "classification", typeOfModel: "gradient boosted trees" });
    expect(version.metrics).toEqual({ AUC: 0.87, "false positive rate (age 60+)": 0.06 });
  });

  it("never touches another organisation's system of the same name", async () => {
    const other = await createOrganization("Other");
    const otherSystemId = await createSystem(other.organizationId, SYSTEM);
    await importBom(other.admin, { text: SPDX, apply: true });
    const before = await db().aiSystem.findUniqueOrThrow({ where: { id: otherSystemId } });
    const otherModels = await db().aiModel.findMany({ where: { organizationId: other.organizationId } });
    const { organizationId, admin } = await createOrganization();
    const result = await importBom(admin, { text: SPDX, apply: true });
    expect(new Set(actionsOf(result))).toEqual(new Set(["create"]));
    expect(result.system.id).not.toBe(otherSystemId);
    expect(await db().aiSystem.findUniqueOrThrow({ where: { id: otherSystemId } })).toEqual(before);
    expect(await db().aiModel.findMany({ where: { organizationId: other.organizationId } })).toEqual(otherModels);
    expect(await db().aiSystemDataset.count({ where: { systemId: otherSystemId } })).toBe(2);
    const mine = await db().dataset.findMany({ where: { organizationId }, select: { organizationId: true } });
    expect(mine).toEqual([{ organizationId }, { organizationId }]);
  });

  it("asks for a system when the document's root is the model itself", async () => {
    const { organizationId, admin } = await createOrganization();
    const doc = JSON.parse(SPDX);
    const document = doc["@graph"].find((e: { type: string }) => e.type === "SpdxDocument");
    document.rootElement = ["https://bank.example/spdx/loan-assistant#model-credit-gbm"];
    const text = JSON.stringify(doc);
    const missing = await failureOf(importBom(admin, { text, apply: false }));
    expect(missing.fieldErrors?.systemId?.[0]).toMatch(/names no application/);
    const systemId = await createSystem(organizationId, "Credit desk");
    const chosen = await importBom(admin, { text, systemId, apply: true });
    expect(chosen.system).toEqual({ id: systemId, name: "Credit desk", action: "unchanged" });
    expect(await db().aiSystemModel.count({ where: { systemId } })).toBe(1);
  });

  it("refuses a file that fails the SPDX schema with each error's JSON path, and stores nothing", async () => {
    const { organizationId, admin } = await createOrganization();
    const error = await failureOf(importBom(admin, { text: fixture("broken.spdx.json"), apply: true }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/not a valid CycloneDX or SPDX bill of materials/);
    expect(error.fieldErrors?.bom).toEqual([
      "/@graph/5/ai_autonomyType: must be equal to one of the allowed values: no, noAssertion, yes",
      "/@graph/5: has a property SPDX 3.0.1 does not define for ai_AIPackage (“ai_modelCard”)",
      "/@graph/6: must have required property 'dataset_datasetType'",
      "/@graph/9/relationshipType: must be one of the 59 values SPDX 3.0.1 defines here; did you mean trainedOn?",
    ]);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
  });

  it("a document without AI or dataset packages is a file error", async () => {
    const { admin } = await createOrganization();
    const doc = JSON.parse(SPDX);
    doc["@graph"] = doc["@graph"].filter(
      (e: { type: string }) => !["ai_AIPackage", "dataset_DatasetPackage", "Relationship"].includes(e.type),
    );
    const error = await failureOf(importBom(admin, { text: JSON.stringify(doc), apply: false }));
    expect(error.fieldErrors?.bom).toEqual(["/@graph: holds no ai_AIPackage or dataset_DatasetPackage element"]);
  });
});
