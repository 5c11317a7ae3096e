import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrganization } from "../../helpers/factories";
import { DEPLOYER_BASE } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

describe("API: the CI pipeline journey", () => {
  it("A pipeline with a token can register a model version, push a drift breach and see the gate flip to fail, all through the documented API", async () => {
    const { organizationId, admin } = await createOrganization();
    const hook = await db().webhook.create({
      data: { organizationId, url: "https://hooks.example/actlas", secret: "s", events: ["gate.changed"] },
    });
    const pipeline = await tokenFor(admin, ["systems:write", "gate"]);
    const documented = (await call("GET", "/openapi.json")).body;
    const uses = (method: string, path: string) =>
      expect(documented.paths[path]?.[method], `${method} ${path} is documented`).toBeDefined();

    uses("post", "/systems");
    const system = await call("POST", "/systems", { token: pipeline, json: { name: "Credit scoring", isDraft: true } });
    uses("post", "/systems/{id}/classifications");
    const run = await call("POST", "/systems/{id}/classifications", {
      token: pipeline,
      params: { id: system.body.id },
      json: { answers: DEPLOYER_BASE },
    });
    expect(run.status).toBe(201);
    uses("get", "/systems/{id}/gate");
    const before = await call("GET", "/systems/{id}/gate", { token: pipeline, params: { id: system.body.id } });
    expect(before.body).toMatchObject({ status: "pass", reasons: [], previousStatus: null });

    uses("post", "/models");
    const model = await call("POST", "/models", {
      token: pipeline,
      json: { name: "credit-gbm", registryName: "credit_gbm" },
    });
    expect(model.status).toBe(201);
    uses("post", "/models/{id}/versions");
    const version = await call("POST", "/models/{id}/versions", {
      token: pipeline,
      params: { id: model.body.id },
      json: { version: "7", stage: "Staging", metrics: { auc: 0.91 }, datasetRefs: ["s3://data/credit/2026-10"] },
    });
    expect(version.status).toBe(201);
    uses("put", "/systems/{id}/models/{modelId}");
    expect(
      (
        await call("PUT", "/systems/{id}/models/{modelId}", {
          token: pipeline,
          params: { id: system.body.id, modelId: model.body.id },
        })
      ).status,
    ).toBe(200);

    uses("post", "/systems/{id}/monitoring-events");
    const breach = await call("POST", "/systems/{id}/monitoring-events", {
      token: pipeline,
      params: { id: system.body.id },
      json: {
        kind: "DRIFT",
        metric: "psi",
        value: 0.31,
        threshold: 0.2,
        direction: "max",
        model: "credit-gbm",
        version: "7",
      },
    });
    expect(breach.status).toBe(201);
    expect(breach.body).toMatchObject({ breached: true });

    const after = await call("GET", "/systems/{id}/gate", { token: pipeline, params: { id: system.body.id } });
    expect(after.body).toMatchObject({ status: "fail", previousStatus: "pass" });
    expect(after.body.reasons).toEqual([
      expect.objectContaining({
        code: "monitoring_breach_open",
        items: [expect.objectContaining({ id: breach.body.taskId })],
      }),
    ]);

    const stored = await db().aiSystem.findUniqueOrThrow({
      where: { id: system.body.id },
      select: { gateStatus: true, gateCheckedAt: true },
    });
    expect(stored.gateStatus).toBe("fail");
    const deliveries = await db().webhookDelivery.findMany({
      where: { webhookId: hook.id },
      orderBy: { createdAt: "asc" },
    });
    expect(deliveries.map((d) => (d.payload as { data: { before: string | null; after: string } }).data)).toEqual([
      expect.objectContaining({ before: null, after: "pass" }),
      expect.objectContaining({ before: "pass", after: "fail", reasons: ["monitoring_breach_open"] }),
    ]);
    const event = await db().monitoringEvent.findFirstOrThrow({
      where: { organizationId },
      select: { modelVersionId: true },
    });
    expect(event.modelVersionId).toBe(version.body.id);
  });
});
