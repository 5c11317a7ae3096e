import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listRegistryConnections, syncRegistryConnection } from "@/lib/dal/integrations/registry-sync";
import { linkModelToSystem, listModels } from "@/lib/dal/integrations/registry-sync-models";
import { REMOVED_TAG } from "@/lib/mlflow/mapping";
import { one } from "../../helpers/expect-defined";
import { createOrganization, createSystem } from "../../helpers/factories";
import { startMlflowStub, type MlflowStub } from "../../helpers/mlflow-stub";
import { connectTo, STUB_TOKEN, TAGGED_SYSTEM, versionsOf } from "./helpers";

// The stub listens on 127.0.0.1, which production refuses; lib/env reads this lazily on first use.
process.env.ALLOW_PRIVATE_URLS = "true";

let stub: MlflowStub;
beforeAll(async () => {
  stub = await startMlflowStub({ token: STUB_TOKEN });
});
afterAll(async () => {
  await stub.close();
});
beforeEach(() => {
  stub.scenario = "v1";
  stub.faults.clear();
  stub.overrides.clear();
  stub.requests.length = 0;
});

describe("syncing an MLflow registry", () => {
  it("imports every model and version over all pages, with run metrics and datasets, and maps the tagged model", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId, TAGGED_SYSTEM);
    const { id } = await connectTo(admin, stub.url);

    const summary = await syncRegistryConnection(admin, id);

    expect(summary.status).toBe("success");
    expect(summary.models).toMatchObject({ created: 3, updated: 0 });
    expect(summary.versions).toMatchObject({ created: 6, updated: 0, removed: 0 });
    expect(summary.links).toEqual([{ model: "credit-risk-scorer", system: TAGGED_SYSTEM, systemId }]);
    expect(summary.warnings.join("\n")).toMatch(
      /fraud-detector-gbm: its actlas.system tag “Card fraud monitoring \(retired\)” matches no AI system/,
    );
    expect(summary.warnings.join("\n")).toMatch(/support-chat-llm version 1: its run .* no longer exists/);
    expect(summary.warningNotes.map((n) => n.key).sort()).toEqual(["runMissing", "tagMatchesNoSystem"]);
    // Both pages of models and of the credit model's versions were asked for, with the token MLflow handed out.
    expect(stub.requests.filter((r) => r.includes("registered-models/search"))).toHaveLength(2);
    expect(stub.requests.some((r) => r.includes("model-versions/search") && r.includes("page_token="))).toBe(true);

    const credit = await versionsOf(organizationId, "credit-risk-scorer");
    expect([...credit.keys()].sort()).toEqual(["1", "2", "3"]);
    expect(credit.get("2")).toMatchObject({
      stage: "Production",
      metrics: { auc: 0.842, brier_score: 0.071 },
      tags: { approved_by: "model-risk-committee" },
    });
    const v3 = await db().modelVersion.findFirstOrThrow({
      where: { version: "3", model: { organizationId, name: "credit-risk-scorer" } },
    });
    expect(v3.datasetRefs).toEqual([
      "credit-applications-2026q2@3c9d55e1 (s3://demo-bank-ml/datasets/credit/2026q2.parquet)",
      "credit-holdout-2025q1@71ab09fe (s3://demo-bank-ml/datasets/credit/holdout-2025q1.parquet)",
    ]);
    expect(v3.registryRunId).toBe("b2d94e1f7a6c4e0b9f3a8d2c1e5f7a90");
    expect((await versionsOf(organizationId, "support-chat-llm")).get("2")).toMatchObject({ stage: "@champion" });

    const link = await db().aiSystemModel.findMany({
      where: { systemId },
      select: { model: { select: { name: true } } },
    });
    expect(link.map((l) => l.model.name)).toEqual(["credit-risk-scorer"]);
    const audit = await db().auditEvent.findMany({
      where: { organizationId, action: { in: ["registry.synced", "system.model_linked"] } },
    });
    expect(audit.map((a) => [a.action, a.systemId])).toEqual(
      expect.arrayContaining([
        ["registry.synced", null],
        ["system.model_linked", systemId],
      ]),
    );

    const conn = one(await listRegistryConnections(admin), 0, "registry connection");
    expect(conn).toMatchObject({ lastSyncStatus: "success", modelCount: 3, hasToken: true });
    expect(conn.lastSyncSummary?.versions.created).toBe(6);
    expect(JSON.stringify(conn)).not.toContain(STUB_TOKEN);
  });

  it("a second sync after the registry changed adds, updates and marks versions without duplicating anything", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId, TAGGED_SYSTEM);
    const other = await createSystem(organizationId, "Collections prioritisation");
    const { id } = await connectTo(admin, stub.url);
    await syncRegistryConnection(admin, id);
    const fraud = await db().aiModel.findFirstOrThrow({ where: { organizationId, name: "fraud-detector-gbm" } });
    await linkModelToSystem(admin, { modelId: fraud.id, system: other });

    stub.scenario = "v2";
    const summary = await syncRegistryConnection(admin, id);

    expect(summary.status).toBe("success");
    expect(summary.versions).toEqual({ created: 2, updated: 2, unchanged: 3, removed: 1 });
    expect(summary.links).toEqual([]);
    const credit = await versionsOf(organizationId, "credit-risk-scorer");
    expect([...credit.keys()].sort()).toEqual(["1", "2", "3", "4"]);
    expect(credit.get("3")?.stage).toBe("Production");
    expect(credit.get("2")?.stage).toBe("Archived");
    expect(credit.get("4")).toMatchObject({ stage: "@challenger", metrics: { auc: 0.858 } });
    const fraudVersions = await versionsOf(organizationId, "fraud-detector-gbm");
    expect((fraudVersions.get("1")?.tags as Record<string, string>)[REMOVED_TAG]).toBeTruthy();
    expect(fraudVersions.get("2")?.stage).toBe("Production");
    expect(await db().aiModel.count({ where: { organizationId } })).toBe(3);
    expect(await db().aiSystemModel.count({ where: { systemId } })).toBe(1);
    // The hand-made link survives the sync.
    expect(await db().aiSystemModel.count({ where: { systemId: other, modelId: fraud.id } })).toBe(1);

    const again = await syncRegistryConnection(admin, id);
    expect(again.versions).toEqual({ created: 0, updated: 0, unchanged: 7, removed: 0 });
    const { models } = await listModels(admin);
    const removed = models.find((m) => m.name === "fraud-detector-gbm")?.versions.find((v) => v.version === "1");
    expect(removed?.removedAt).toBeTruthy();
    expect(removed?.tags[REMOVED_TAG]).toBeUndefined();
  });

  it("maps by system id and marks a model deleted from the registry instead of deleting it", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId, "Claims triage");
    const { id } = await connectTo(admin, stub.url);
    const only = { name: "claims-triage", tags: [{ key: "actlas.system", value: systemId }] };
    stub.overrides.set("registered-models-search", [{ registered_models: [only] }]);
    stub.overrides.set("model-versions-search.claims-triage", [
      { model_versions: [{ name: "claims-triage", version: "1", current_stage: "Production" }] },
    ]);
    expect((await syncRegistryConnection(admin, id)).links).toEqual([
      { model: "claims-triage", system: "Claims triage", systemId },
    ]);

    stub.overrides.set("registered-models-search", [{}]);
    const summary = await syncRegistryConnection(admin, id);
    expect(summary.models.removed).toBe(1);
    const { models } = await listModels(admin);
    expect(models).toHaveLength(1);
    const removed = one(models, 0, "removed model");
    expect(removed).toMatchObject({ name: "claims-triage", systems: [{ id: systemId, name: "Claims triage" }] });
    expect(removed.removedAt).toBeTruthy();
  });

  it("adopts a model typed in on an intake form with the same name instead of failing on the duplicate", async () => {
    const { organizationId, admin } = await createOrganization();
    await db().aiModel.create({
      data: {
        organizationId,
        name: "credit-risk-scorer",
        versions: { create: [{ organizationId, version: "2", stage: "prod" }] },
      },
    });
    const { id } = await connectTo(admin, stub.url);
    const summary = await syncRegistryConnection(admin, id);
    expect(summary.models).toMatchObject({ created: 2, updated: 1 });
    expect(summary.versions).toMatchObject({ created: 5, updated: 1 });
    expect((await versionsOf(organizationId, "credit-risk-scorer")).get("2")?.stage).toBe("Production");
  });

  it("adopts a hand-entered model whose registry name is the MLflow name, keeping its own name", async () => {
    const { organizationId, admin } = await createOrganization();
    await db().aiModel.create({
      data: { organizationId, name: "scoreone-gbm", registryName: "credit-risk-scorer", description: "Our words" },
    });
    const { id } = await connectTo(admin, stub.url);
    await syncRegistryConnection(admin, id);
    const names = (
      await db().aiModel.findMany({ where: { organizationId }, select: { name: true }, orderBy: { name: "asc" } })
    ).map((m) => m.name);
    expect(names).toEqual(["fraud-detector-gbm", "scoreone-gbm", "support-chat-llm"]);
    const adopted = await db().aiModel.findFirstOrThrow({
      where: { organizationId, name: "scoreone-gbm" },
      include: { versions: true },
    });
    expect(adopted).toMatchObject({
      registryConnectionId: id,
      description: "Probability-of-default scorecard for retail credit applications.",
    });
    expect(adopted.versions).toHaveLength(3);
  });
});
