import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMlflowClient } from "@/lib/mlflow/client";
import { MlflowError } from "@/lib/mlflow/errors";
import { datasetRefsOf, metricsOf, versionStage } from "@/lib/mlflow/mapping";
import { ZModelVersion } from "@/lib/mlflow/schemas";
import { startMlflowStub, type MlflowStub } from "../../helpers/mlflow-stub";

let stub: MlflowStub;
beforeAll(async () => {
  stub = await startMlflowStub({ token: "t0ken" });
});
afterAll(async () => {
  await stub.close();
});

const client = (extra: { token?: string; allowPrivate?: boolean; timeoutMs?: number } = {}) =>
  createMlflowClient({ baseUrl: stub.url, token: "t0ken", allowPrivate: true, ...extra });

describe("MLflow client", () => {
  it("follows page tokens until the last page", async () => {
    stub.requests.length = 0;
    const models = await client().searchRegisteredModels();
    expect(models.map((m) => m.name)).toEqual(["credit-risk-scorer", "fraud-detector-gbm", "support-chat-llm"]);
    const versions = await client().searchModelVersions("credit-risk-scorer");
    expect(versions.map((v) => v.version)).toEqual(["3", "2", "1"]);
    expect(stub.requests.filter((r) => r.includes("page_token="))).toHaveLength(2);
  });

  it("answers null for a deleted run and the run for a live one", async () => {
    expect(await client().getRun("0aa1bb2cc3dd4ee5ff60718293a4b5c6")).toBeNull();
    const run = await client().getRun("9a7e31d0c4b2458f8e6d1a2b3c4d5e6f");
    expect(metricsOf(run)).toEqual({
      auc: 0.842,
      brier_score: 0.071,
      demographic_parity_difference: 0.031,
      ks_statistic: 0.497,
    });
    expect(datasetRefsOf(run)[0]).toBe(
      "credit-applications-2025q1@8e1f0c2a (s3://demo-bank-ml/datasets/credit/2025q1.parquet)",
    );
  });

  it("refuses a loopback server unless private URLs are allowed, before sending anything", async () => {
    stub.requests.length = 0;
    const refused = client({ allowPrivate: false }).searchRegisteredModels();
    await expect(refused).rejects.toBeInstanceOf(MlflowError);
    await expect(refused).rejects.toMatchObject({
      kind: "refused",
      note: { key: "addressNotAllowed" },
      message: expect.stringMatching(
        /^The registry's address \(127\.0\.0\.1:\d+\) is not allowed: it is a private or loopback/,
      ),
    });
    expect(stub.requests).toEqual([]);
  });

  it("sends the bearer token and explains a refused one", async () => {
    await expect(client({ token: "nope" }).searchRegisteredModels()).rejects.toMatchObject({
      kind: "http",
      status: 401,
    });
  });

  it("gives up after the timeout on a server that does not answer", async () => {
    stub.faults.set("registered-models/search", "hang");
    try {
      await expect(client({ timeoutMs: 200 }).searchRegisteredModels()).rejects.toMatchObject({ kind: "timeout" });
    } finally {
      stub.faults.clear();
    }
  });
});

describe("mapping MLflow versions", () => {
  it("shows the stage, or the aliases when the stage is None", () => {
    const base = { name: "m", version: "1" };
    expect(versionStage(ZModelVersion.parse({ ...base, current_stage: "Staging", aliases: ["x"] }))).toBe("Staging");
    expect(versionStage(ZModelVersion.parse({ ...base, current_stage: "None", aliases: ["champion", "eu"] }))).toBe(
      "@champion, @eu",
    );
    expect(versionStage(ZModelVersion.parse(base))).toBe("");
  });
});
