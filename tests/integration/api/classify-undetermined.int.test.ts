import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { API_ROUTES } from "@/lib/api/routes";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

// The documented schema parses the real answer to exactly itself: every new field is documented.
function expectDocumented(operationId: string, body: unknown) {
  const route = API_ROUTES.find((r) => r.operationId === operationId)!;
  const parsed = (route.response as z.ZodType).safeParse(body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  expect(parsed.data).toEqual(body);
}

// The Annex III question answered "not sure": the CV tool could be high-risk, so the answer is not determined yet.
const { annex3Areas: _unsure, ...NOT_SURE_ANNEX3 } = CV_SCREENING;

describe("API: a classification that is not determined yet", () => {
  it("POST /classify answers undetermined with the possible tier, the deciding questions and who can answer them", async () => {
    const { admin } = await createOrganization();
    const token = await tokenFor(admin);
    const res = await call("POST", "/classify", {
      token,
      json: { profile: { ...NOT_SURE_ANNEX3, notSure: ["annex3Areas"] }, asOf: "2027-01-01" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      disposition: "UNDETERMINED",
      tier: "MINIMAL",
      possibleTier: "HIGH",
      notes: [],
      removals: [],
      contradictions: [],
    });
    const question = res.body.openQuestions.find((q: { questionId?: string }) => q.questionId === "annex3Areas");
    expect(question).toMatchObject({ decides: "HIGH", notSure: true, whoCanAnswer: expect.any(String) });
    expectDocumented("classifyProfile", res.body);
  });

  it("POST /classify keeps a settled result final, with disputed dates as notes", async () => {
    const { admin } = await createOrganization();
    const res = await call("POST", "/classify", {
      token: await tokenFor(admin),
      json: { profile: CV_SCREENING, asOf: "2027-01-01" },
    });
    expect(res.body).toMatchObject({ disposition: "FINAL", tier: "HIGH", possibleTier: "HIGH" });
    expect(res.body.notes).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: expect.any(String), citation: expect.any(String) })]),
    );
    expectDocumented("classifyProfile", res.body);
  });

  it("refuses an unknown question in notSure, naming the field", async () => {
    const { admin } = await createOrganization();
    const res = await call("POST", "/classify", {
      token: await tokenFor(admin),
      json: { profile: { notSure: ["noSuchQuestion"] } },
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toMatch(/notSure/);
  });

  it("stores an undetermined run and lists it under its possible tier and the UNDETERMINED filter", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["read", "systems:write"]);
    const id = await createSystem(organizationId, "Hiring assistant");
    const stored = await call("POST", "/systems/{id}/classifications", {
      token,
      params: { id },
      json: { answers: { ...NOT_SURE_ANNEX3, notSure: ["annex3Areas"] } },
    });
    expect(stored.status).toBe(201);
    // One vocabulary (issue #23): the stored result names tiers and dispositions as /systems does below.
    expect(stored.body.result).toMatchObject({ disposition: "UNDETERMINED", possibleTier: "HIGH" });
    expectDocumented("storeClassification", stored.body);
    // The system's columns are set directly: the store path that mirrors them is being changed at the same time.
    await db().aiSystem.update({
      where: { id },
      data: { disposition: "UNDETERMINED", tier: "MINIMAL", possibleTier: "HIGH" },
    });

    const list = await call("GET", "/systems", { token, query: { disposition: "UNDETERMINED" } });
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([id]);
    expect(list.body.data[0]).toMatchObject({ tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" });
    expectDocumented("listSystems", list.body);
    expect(
      (await call("GET", "/systems", { token, query: { tier: "HIGH" } })).body.data.map((s: { id: string }) => s.id),
    ).toEqual([id]);
    expect((await call("GET", "/systems", { token, query: { tier: "MINIMAL" } })).body.data).toEqual([]);
    const one = await call("GET", "/systems/{id}", { token, params: { id } });
    expect(one.body).toMatchObject({ possibleTier: "HIGH", disposition: "UNDETERMINED" });
    expectDocumented("getSystem", one.body);
  });

  it("documents the new disposition and fields in the OpenAPI document", async () => {
    const { admin } = await createOrganization();
    const doc = JSON.stringify((await call("GET", "/openapi.json", { token: await tokenFor(admin) })).body);
    for (const text of [
      "undetermined",
      "UNDETERMINED",
      "possibleTier",
      "whoCanAnswer",
      "removals",
      "contradictions",
      "notSure",
    ])
      expect(doc).toContain(text);
  });
});
