import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { API_ROUTES } from "@/lib/api/routes";
import { createOrganization } from "../../helpers/factories";
import { CV_SCREENING } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

// The documented response schemas are what clients generate code from: real answers must match them.
function expectDocumented(operationId: string, body: unknown) {
  const route = API_ROUTES.find((r) => r.operationId === operationId)!;
  const parsed = (route.response as z.ZodType).safeParse(body);
  expect(parsed.success, `${operationId}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
  // Closed objects drop unknown keys when parsing: an undocumented field in the answer shows up as a difference.
  expect(parsed.data, `${operationId} sends only documented fields`).toEqual(body);
}

describe("API responses match the OpenAPI document", () => {
  it("for systems, obligations, evidence, models, classification, incidents and the gate", async () => {
    const { admin } = await createOrganization();
    const token = await tokenFor(admin);
    const system = await call("POST", "/systems", { token, json: { name: "Contract system", isDraft: true } });
    expectDocumented("createSystem", system.body);
    const id = system.body.id;
    expectDocumented("listSystems", (await call("GET", "/systems", { token })).body);
    expectDocumented(
      "storeClassification",
      (await call("POST", "/systems/{id}/classifications", { token, params: { id }, json: { answers: CV_SCREENING } }))
        .body,
    );
    expectDocumented(
      "classifyProfile",
      (await call("POST", "/classify", { token, json: { profile: CV_SCREENING } })).body,
    );
    expectDocumented("getSystem", (await call("GET", "/systems/{id}", { token, params: { id } })).body);
    expectDocumented("listObligations", (await call("GET", "/obligations", { token })).body);
    const own = await call("GET", "/systems/{id}/obligations", { token, params: { id } });
    expectDocumented("listSystemObligations", own.body);
    await call("POST", "/systems/{id}/evidence", {
      token,
      params: { id },
      json: { title: "Link", url: "https://example.com/x", obligationId: own.body.data[0].id },
    });
    expectDocumented("listEvidence", (await call("GET", "/systems/{id}/evidence", { token, params: { id } })).body);
    const model = await call("POST", "/models", { token, json: { name: "contract-model" } });
    expectDocumented("registerModel", model.body);
    expectDocumented(
      "registerModelVersion",
      (
        await call("POST", "/models/{id}/versions", {
          token,
          params: { id: model.body.id },
          json: { version: "1", metrics: { f1: 0.8 } },
        })
      ).body,
    );
    expectDocumented("listModels", (await call("GET", "/models", { token })).body);
    expectDocumented(
      "createIncident",
      (await call("POST", "/incidents", { token, json: { systemId: id, title: "Draft incident", status: "DRAFT" } }))
        .body,
    );
    expectDocumented("listIncidents", (await call("GET", "/incidents", { token })).body);
    expectDocumented(
      "recordMonitoringEvent",
      (
        await call("POST", "/systems/{id}/monitoring-events", {
          token,
          params: { id },
          json: { kind: "BIAS", metric: "gap", value: 0.2, threshold: 0.1 },
        })
      ).body,
    );
    expectDocumented("checkGate", (await call("GET", "/systems/{id}/gate", { token, params: { id } })).body);
  });
});
