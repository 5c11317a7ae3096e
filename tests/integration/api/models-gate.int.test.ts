import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";
import { DEPLOYER_BASE } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

describe("API: models", () => {
  it("registers a model and versions, merges metrics, links and unlinks systems", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin);
    const systemId = await createSystem(organizationId);
    const model = await call("POST", "/models", { token, json: { name: "fraud-xgb", tags: { team: "fraud" } } });
    expect(model.body).toMatchObject({ name: "fraud-xgb", tags: { team: "fraud" }, versions: [], systems: [] });
    const dup = await call("POST", "/models", { token, json: { name: "fraud-xgb" } });
    expect(dup.status).toBe(409);
    expect(dup.body.errors.name).toEqual(["This name is taken."]);

    const params = { id: model.body.id };
    await call("POST", "/models/{id}/versions", {
      token,
      params,
      json: { version: "1.2.0", metrics: { auc: 0.9 }, datasetRefs: ["s3://a"] },
    });
    expect((await call("POST", "/models/{id}/versions", { token, params, json: { version: "1.2.0" } })).status).toBe(
      409,
    );
    const patched = await call("PATCH", "/models/{id}/versions/{version}", {
      token,
      params: { ...params, version: "1.2.0" },
      json: { stage: "Production", metrics: { recall: 0.7 }, datasetRefs: ["s3://a", "s3://b"] },
    });
    expect(patched.body).toMatchObject({
      stage: "Production",
      metrics: { auc: 0.9, recall: 0.7 },
      datasetRefs: ["s3://a", "s3://b"],
    });
    const missing = await call("PATCH", "/models/{id}/versions/{version}", {
      token,
      params: { ...params, version: "9" },
      json: { stage: "x" },
    });
    expect(missing.status).toBe(404);
    const badMetric = await call("POST", "/models/{id}/versions", {
      token,
      params,
      json: { version: "2", metrics: { auc: "high" } },
    });
    expect(badMetric.status).toBe(422);
    expect(Object.keys(badMetric.body.errors)).toEqual(["metrics.auc"]);

    const link = { id: systemId, modelId: model.body.id };
    expect((await call("PUT", "/systems/{id}/models/{modelId}", { token, params: link })).status).toBe(200);
    expect((await call("PUT", "/systems/{id}/models/{modelId}", { token, params: link })).status).toBe(200);
    expect((await call("GET", "/models/{id}", { token, params })).body.systems).toEqual([
      { id: systemId, name: "Test system" },
    ]);
    expect((await call("GET", "/systems/{id}", { token, params: { id: systemId } })).body.models[0].name).toBe(
      "fraud-xgb",
    );
    expect((await call("DELETE", "/systems/{id}/models/{modelId}", { token, params: link })).body.linked).toBe(false);
    expect(
      await db().auditEvent.count({ where: { organizationId, action: { in: ["model.linked", "model.unlinked"] } } }),
    ).toBe(2);
    const listed = await call("GET", "/models", { token, query: { pageSize: "1" } });
    expect(listed.body.pagination).toMatchObject({ total: 1, next: null });
  });

  it("does not let one organisation see or link another's models", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const tokenB = await tokenFor(b.admin);
    const theirs = await call("POST", "/models", { token: tokenB, json: { name: "secret-model" } });
    const tokenA = await tokenFor(a.admin);
    expect((await call("GET", "/models/{id}", { token: tokenA, params: { id: theirs.body.id } })).status).toBe(404);
    expect(
      (
        await call("POST", "/models/{id}/versions", {
          token: tokenA,
          params: { id: theirs.body.id },
          json: { version: "1" },
        })
      ).status,
    ).toBe(404);
    const mine = await createSystem(a.organizationId);
    expect(
      (
        await call("PUT", "/systems/{id}/models/{modelId}", {
          token: tokenA,
          params: { id: mine, modelId: theirs.body.id },
        })
      ).status,
    ).toBe(404);
    expect((await call("GET", "/models", { token: tokenA })).body.data).toEqual([]);
    const readOnly = await tokenFor(a.admin, ["read"]);
    expect((await call("POST", "/models", { token: readOnly, json: { name: "m" } })).status).toBe(403);
  });
});

describe("API: incidents", () => {
  it("records and lists incidents, with field errors for an open incident missing its clock facts", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin);
    const systemId = await createSystem(organizationId);
    const bad = await call("POST", "/incidents", { token, json: { systemId, title: "Refusals", status: "OPEN" } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["awareAt", "harm"]);
    const draft = await call("POST", "/incidents", { token, json: { systemId, title: "Refusals", status: "DRAFT" } });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ reference: "INC-0001", status: "DRAFT" });
    const list = await call("GET", "/incidents", {
      token: await tokenFor(admin, ["read"]),
      query: { status: "DRAFT" },
    });
    expect(list.body.data.map((i: { id: string }) => i.id)).toEqual([draft.body.id]);
    const other = await createOrganization("Other");
    const foreign = await call("POST", "/incidents", {
      token,
      json: { systemId: await createSystem(other.organizationId), title: "Not mine", status: "DRAFT" },
    });
    expect(foreign.status).toBe(422);
    expect(await db().incident.count({ where: { organizationId: other.organizationId } })).toBe(0);
  });
});

describe("API: CI gate", () => {
  it("explains each reason a system may not ship, and stores the answer", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["gate", "systems:write"]);
    const id = await createSystem(organizationId);
    const gate = () => call("GET", "/systems/{id}/gate", { token, params: { id } });
    expect((await gate()).body.reasons.map((r: { code: string }) => r.code)).toEqual(["not_classified"]);

    await call("POST", "/systems/{id}/classifications", { token, params: { id }, json: { answers: DEPLOYER_BASE } });
    expect((await gate()).body.status).toBe("pass");

    await db().aiSystem.update({ where: { id }, data: { version: { increment: 1 } } });
    expect((await gate()).body.reasons.map((r: { code: string }) => r.code)).toEqual(["stale_system_changed"]);
    await db().classificationRun.updateMany({
      where: { systemId: id },
      data: { systemVersion: 2, ruleSetId: "2024-08-original" },
    });
    expect((await gate()).body.reasons.map((r: { code: string }) => r.code)).toEqual(["stale_rule_set_changed"]);
  });

  it("fails on blocking obligations that already apply, review pending and prohibited practices", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["gate", "systems:write"]);
    const id = await createSystem(organizationId);
    await call("POST", "/systems/{id}/classifications", { token, params: { id }, json: { answers: DEPLOYER_BASE } });
    const past = new Date("2026-01-01T00:00:00Z");
    const duty = await db().obligation.create({
      data: {
        organizationId,
        systemId: id,
        code: "test-blocking",
        role: "deployer",
        article: "Art 26(1)",
        title: "Use per instructions",
        appliesFrom: past,
        blocking: true,
      },
    });
    await db().obligation.create({
      data: {
        organizationId,
        systemId: id,
        code: "test-later",
        role: "deployer",
        article: "Art 27",
        title: "FRIA",
        appliesFrom: new Date("2099-01-01"),
        blocking: true,
      },
    });
    await db().aiSystem.update({ where: { id }, data: { disposition: "REQUIRES_REVIEW", tier: "PROHIBITED" } });
    const res = await call("GET", "/systems/{id}/gate", { token, params: { id } });
    expect(res.body.status).toBe("fail");
    expect(res.body.reasons.map((r: { code: string }) => r.code)).toEqual([
      "prohibited",
      "awaiting_review",
      "blocking_obligations_open",
    ]);
    expect(res.body.reasons[2].items).toEqual([{ id: duty.id, label: "Art 26(1): Use per instructions" }]);
  });

  it("fails while the classification is not determined yet", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["gate", "systems:write"]);
    const id = await createSystem(organizationId);
    await call("POST", "/systems/{id}/classifications", { token, params: { id }, json: { answers: DEPLOYER_BASE } });
    // Set directly: the store path that writes UNDETERMINED is being changed at the same time.
    await db().aiSystem.update({
      where: { id },
      data: { disposition: "UNDETERMINED", tier: "MINIMAL", possibleTier: "HIGH" },
    });
    const res = await call("GET", "/systems/{id}/gate", { token, params: { id } });
    expect(res.body.status).toBe("fail");
    expect(res.body.reasons).toEqual([
      { code: "undetermined", message: expect.stringContaining("Not determined yet: answer the deciding questions") },
    ]);
    expect(res.body.reasons[0].message).toContain("could be High-risk");
  });

  it("needs the gate scope and hides other organisations' systems", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const readOnly = await tokenFor(a.admin, ["read"]);
    const mine = await createSystem(a.organizationId);
    expect((await call("GET", "/systems/{id}/gate", { token: readOnly, params: { id: mine } })).status).toBe(403);
    const foreign = await createSystem(b.organizationId);
    const res = await call("GET", "/systems/{id}/gate", {
      token: await tokenFor(a.admin, ["gate"]),
      params: { id: foreign },
    });
    expect(res.status).toBe(404);
    expect((await db().aiSystem.findUniqueOrThrow({ where: { id: foreign } })).gateStatus).toBeNull();
  });
});
