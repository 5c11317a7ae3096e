import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ZBomImportResultApi } from "@/lib/validations/bom";
import { createOrganization } from "../../helpers/factories";
import { call, tokenFor } from "../api/helpers";

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/bom", name), "utf8"));

describe("API: POST /boms", () => {
  it("answers a dry run by default, commits with ?apply=true, then reports everything unchanged", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["read", "systems:write"]);
    const bom = fixture("credit-scoring.cdx.json");
    const dry = await call("POST", "/boms", { token, json: bom });
    expect(dry.status).toBe(200);
    expect(ZBomImportResultApi.strict().parse(dry.body)).toEqual(dry.body);
    expect(dry.body).toMatchObject({ applied: false, system: { id: null, action: "create" } });
    expect(await db().aiModel.count({ where: { organizationId } })).toBe(0);

    const applied = await call("POST", "/boms", { token, json: bom, query: { apply: "true" } });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, models: [{ name: "credit-scoring-gbm", action: "create" }] });
    const system = await db().aiSystem.findFirstOrThrow({ where: { organizationId } });
    expect(applied.body.system.id).toBe(system.id);

    const again = await call("POST", "/boms", { token, json: bom, query: { apply: "true" } });
    expect(again.body.versions).toEqual([{ name: "credit-scoring-gbm 2.3.0", action: "unchanged" }]);
  });

  it("refuses a file that fails the schema with the JSON paths, and a token without systems:write", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["read", "systems:write"]);
    const bad = await call("POST", "/boms", { token, json: fixture("broken.cdx.json"), query: { apply: "true" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.bom).toContain("/components/2/modelCard/modelParameters: must be object");
    const readOnly = await tokenFor(admin, ["read"]);
    const refused = await call("POST", "/boms", { token: readOnly, json: fixture("credit-scoring.cdx.json") });
    expect(refused.status).toBe(403);
    const badQuery = await call("POST", "/boms", {
      token,
      json: fixture("credit-scoring.cdx.json"),
      query: { apply: "yes" },
    });
    expect(badQuery.status).toBe(422);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
  });

  it("takes an SPDX 3.0.1 document too: dry run, apply, unchanged; schema errors by JSON path", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["read", "systems:write"]);
    const spdx = fixture("credit-scoring.spdx.json");
    const dry = await call("POST", "/boms", { token, json: spdx });
    expect(dry.status).toBe(200);
    expect(ZBomImportResultApi.strict().parse(dry.body)).toEqual(dry.body);
    expect(dry.body).toMatchObject({ applied: false, format: "SPDX", specVersion: "3.0.1", system: { id: null } });
    expect(await db().dataset.count({ where: { organizationId } })).toBe(0);

    const applied = await call("POST", "/boms", { token, json: spdx, query: { apply: "true" } });
    expect(applied.status).toBe(200);
    expect(applied.body.datasets).toEqual([
      { name: "loan-applications-2024", action: "create" },
      { name: "loan-holdout-2025", action: "create" },
    ]);
    expect(await db().dataset.count({ where: { organizationId } })).toBe(2);
    const again = await call("POST", "/boms", { token, json: spdx, query: { apply: "true" } });
    expect(again.body.versions).toEqual([{ name: "credit-scoring-gbm 2.3.0", action: "unchanged" }]);

    const bad = await call("POST", "/boms", { token, json: fixture("broken.spdx.json"), query: { apply: "true" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.bom).toContain("/@graph/6: must have required property 'dataset_datasetType'");
    expect(await db().modelVersion.count({ where: { organizationId } })).toBe(1);
  });
});
