import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { API_ROUTES, openApiDocument } from "@/lib/api/routes";
import { acceptRisk } from "@/lib/dal/risks/accept";
import { updateRisk } from "@/lib/dal/risks/risks";
import { db } from "@/lib/db/client";
import { ZUpdateRisk } from "@/lib/validations/risks";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// A pipeline keeps an AI system's Art 9 register through the REST API, through the same data layer as the app.
async function setup(name = "Credit scoring") {
  const { organizationId, admin } = await createOrganization();
  const token = await tokenFor(admin, ["read", "systems:write"]);
  const systemId = await createSystem(organizationId, name);
  const obligation = await db().obligation.create({
    data: {
      organizationId,
      systemId,
      code: "ART9",
      role: "provider",
      article: "Art 9",
      title: "Risk management",
      appliesFrom: new Date("2026-08-02"),
    },
  });
  return { organizationId, admin, token, systemId, obligationId: obligation.id };
}

const RISK = {
  title: "Unequal error rates across age groups",
  likelihood: 4,
  impact: 5,
  fundamentalRights: ["Non-discrimination", "Data protection"],
  source: "MONITORING",
  nextReviewDate: "2027-03-01",
};

function expectDocumented(operationId: string, body: unknown) {
  const route = one(API_ROUTES.filter((r) => r.operationId === operationId));
  const parsed = (route.response as z.ZodType).safeParse(body);
  expect(parsed.success, `${operationId}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
  expect(parsed.data, `${operationId} sends only documented fields`).toEqual(body);
}

const post = (token: string, id: string, json: unknown) =>
  call("POST", "/systems/{id}/risks", { token, params: { id }, json });
const patch = (token: string, riskId: string, json: unknown) =>
  call("PATCH", "/risks/{riskId}", { token, params: { riskId }, json });

describe("API: the risk register", () => {
  it("records a risk, reads it, lists it by band and status, and audits the token as actor", async () => {
    const { organizationId, token, systemId } = await setup();
    const created = await post(token, systemId, RISK);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expectDocumented("createRisk", created.body);
    expect(created.body).toMatchObject({
      systemId,
      title: RISK.title,
      inherentScore: 20,
      inherentBand: "CRITICAL",
      residualBand: null,
      fundamentalRights: RISK.fundamentalRights,
      status: "OPEN",
      treatment: null,
      version: 1,
    });
    expect(created.headers.get("location")).toBe(`/api/v1/risks/${created.body.id}`);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "risk.created" },
      select: { entityId: true, actorLabel: true },
    });
    expect(audit).toEqual({
      entityId: created.body.id,
      actorLabel: expect.stringContaining("Test read systems:write"),
    });

    const read = await call("GET", "/risks/{riskId}", { token, params: { riskId: created.body.id } });
    expect(read.status).toBe(200);
    expectDocumented("getRisk", read.body);
    expect(read.body).toEqual(created.body);

    await post(token, systemId, { ...RISK, title: "Drift in income data", likelihood: 2, impact: 2, status: "CLOSED" });
    const list = (query: Record<string, string>) =>
      call("GET", "/systems/{id}/risks", { token, params: { id: systemId }, query });
    const critical = await list({ band: "CRITICAL" });
    expectDocumented("listSystemRisks", critical.body);
    expect(critical.body.data.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    expect((await list({ status: "CLOSED" })).body.data.map((r: { title: string }) => r.title)).toEqual([
      "Drift in income data",
    ]);
    const paged = await list({ pageSize: "1" });
    expect(paged.body.pagination).toMatchObject({ total: 2, pageSize: 1 });
    expect(paged.headers.get("link")).toContain('rel="next"');
    const bad = await list({ band: "SEVERE" });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors)).toEqual(["band"]);
  });

  it("a residual rating moves the band; a stale version is 409 naming who changed it; bad input is 422 by field", async () => {
    const { admin, organizationId, token, systemId } = await setup();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const risk = (await post(token, systemId, RISK)).body;
    const mitigated = await patch(token, risk.id, {
      version: 1,
      residualLikelihood: 2,
      residualImpact: 3,
      treatment: "MITIGATE",
      mitigation: "Re-weighted training data",
    });
    expect(mitigated.status, JSON.stringify(mitigated.body)).toBe(200);
    expectDocumented("updateRisk", mitigated.body);
    expect(mitigated.body).toMatchObject({ residualScore: 6, residualBand: "MEDIUM", version: 2, title: RISK.title });

    // Someone edits in the app in between; the pipeline's save from version 2 is refused and names them.
    const stored = one(await db().risk.findMany({ where: { id: risk.id } }));
    const form = ZUpdateRisk.parse({
      riskId: risk.id,
      version: 2,
      title: "Renamed in the app",
      description: "",
      affectedPersons: "",
      fundamentalRights: "",
      source: stored.source,
      likelihood: stored.likelihood,
      impact: stored.impact,
      residualLikelihood: 2,
      residualImpact: 3,
      treatment: "MITIGATE",
      mitigation: "",
      ownerId: "",
      nextReviewDate: "",
      status: "OPEN",
    });
    await updateRisk(officer, form);
    const stale = await patch(token, risk.id, { version: 2, status: "TREATED" });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toContain("application/problem+json");
    expect(stale.body.detail).toContain("Test COMPLIANCE_OFFICER");
    const future = await patch(token, risk.id, { version: 9, status: "TREATED" });
    expect(future.status).toBe(409);

    const invalid = await patch(token, risk.id, { version: 3, title: "x", residualImpact: null });
    expect(invalid.status).toBe(422);
    // The title breaks the field's own documented rule, refused before the merge looks at the residual pair.
    expect(Object.keys(invalid.body.errors)).toEqual(["title"]);
    const half = await patch(token, risk.id, { version: 3, residualImpact: null });
    expect([half.status, Object.keys(half.body.errors)]).toEqual([422, ["residualImpact"]]);
    const outsider = await patch(token, risk.id, { version: 3, ownerId: admin.userId.replace(/./, "z") });
    expect(outsider.status).toBe(422);
    expect(outsider.body.errors.ownerId).toBeDefined();
    expect((await db().risk.findUniqueOrThrow({ where: { id: risk.id } })).version).toBe(3);
  });

  it("accepts a low residual risk, but refuses to accept a high one: that is signed in the app", async () => {
    const { organizationId, token, systemId } = await setup();
    const risk = (await post(token, systemId, RISK)).body;
    const refused = await patch(token, risk.id, { version: 1, treatment: "ACCEPT" });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/critical: accepting it is signed in the app/);
    expect(refused.body.errors.treatment).toBeDefined();
    const refusedNew = await post(token, systemId, { ...RISK, title: "Born accepted", treatment: "ACCEPT" });
    expect(refusedNew.status).toBe(403);
    expect(await db().risk.count({ where: { organizationId } })).toBe(1);

    const accepted = await patch(token, risk.id, {
      version: 1,
      residualLikelihood: 1,
      residualImpact: 2,
      treatment: "ACCEPT",
      acceptanceJustification: "Residual error rate within the agreed tolerance.",
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({
      treatment: "ACCEPT",
      status: "TREATED",
      residualBand: "LOW",
      version: 3,
      acceptance: { justification: "Residual error rate within the agreed tolerance.", acceptedBy: expect.any(String) },
    });
    // Editing another field keeps the acceptance (the rating did not change) and takes no new decision.
    const renamed = await patch(token, risk.id, { version: 3, title: "Renamed" });
    expect(renamed.body).toMatchObject({
      treatment: "ACCEPT",
      version: 4,
      acceptance: { acceptedAt: accepted.body.acceptance.acceptedAt },
    });
    expect(await db().auditEvent.count({ where: { organizationId, action: "risk.accepted" } })).toBe(1);
  });

  it("a high risk a person accepted in the app keeps its acceptance when a token edits another field", async () => {
    const { organizationId, token, systemId } = await setup();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const risk = (await post(token, systemId, RISK)).body;
    await acceptRisk(officer, {
      riskId: risk.id,
      version: 1,
      justification: "Board decision of 2027-01-10: the product is withdrawn next quarter.",
    });
    const edited = await patch(token, risk.id, { version: 2, mitigation: "Withdrawal planned", treatment: "ACCEPT" });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      treatment: "ACCEPT",
      inherentBand: "CRITICAL",
      mitigation: "Withdrawal planned",
      acceptance: { acceptedBy: expect.stringContaining("compliance_officer") },
    });
    // Re-rating it is a new decision, which the token may not take for a high rating.
    const rerated = await patch(token, risk.id, { version: 3, residualLikelihood: 3, residualImpact: 4 });
    expect(rerated.body).toMatchObject({ treatment: null, acceptance: null, residualBand: "HIGH" });
    const again = await patch(token, risk.id, { version: 4, treatment: "ACCEPT" });
    expect(again.status).toBe(403);
  });

  it("links and unlinks obligations of the same system only", async () => {
    const { token, systemId, obligationId } = await setup();
    const risk = (await post(token, systemId, RISK)).body;
    const linkPath = "/risks/{riskId}/obligations/{obligationId}";
    const linked = await call("PUT", linkPath, { token, params: { riskId: risk.id, obligationId } });
    expect(linked.status).toBe(200);
    expectDocumented("linkRiskObligation", linked.body);
    expect(linked.body.obligations).toEqual([{ id: obligationId, article: "Art 9", title: "Risk management" }]);
    const unlinked = await call("DELETE", linkPath, { token, params: { riskId: risk.id, obligationId } });
    expect(unlinked.body.obligations).toEqual([]);
    const again = await call("DELETE", linkPath, { token, params: { riskId: risk.id, obligationId } });
    expect(again.status).toBe(404);
  });

  it("another organisation's system, risk and obligation are not found, and nothing changes", async () => {
    const mine = await setup();
    const theirs = await setup("Theirs");
    const theirRisk = (await post(theirs.token, theirs.systemId, RISK)).body;
    const myRisk = (await post(mine.token, mine.systemId, RISK)).body;
    const t = mine.token;
    expect((await call("GET", "/systems/{id}/risks", { token: t, params: { id: theirs.systemId } })).status).toBe(404);
    expect((await post(t, theirs.systemId, RISK)).status).toBe(404);
    expect((await call("GET", "/risks/{riskId}", { token: t, params: { riskId: theirRisk.id } })).status).toBe(404);
    expect((await patch(t, theirRisk.id, { version: 1, title: "Hijacked" })).status).toBe(404);
    const linkPath = "/risks/{riskId}/obligations/{obligationId}";
    const cross = { riskId: myRisk.id, obligationId: theirs.obligationId };
    expect((await call("PUT", linkPath, { token: t, params: cross })).status).toBe(404);
    expect((await call("DELETE", linkPath, { token: t, params: cross })).status).toBe(404);
    const theirLink = { riskId: theirRisk.id, obligationId: theirs.obligationId };
    expect((await call("PUT", linkPath, { token: t, params: theirLink })).status).toBe(404);
    const after = await db().risk.findUniqueOrThrow({
      where: { id: theirRisk.id },
      include: { obligationLinks: true },
    });
    expect(after).toMatchObject({ title: RISK.title, version: 1, obligationLinks: [] });
  });

  it("a read-only token lists but cannot write; the OpenAPI document lists the operations", async () => {
    const { admin, systemId } = await setup();
    const readOnly = await tokenFor(admin, ["read"]);
    expect((await call("GET", "/systems/{id}/risks", { token: readOnly, params: { id: systemId } })).status).toBe(200);
    expect((await post(readOnly, systemId, RISK)).status).toBe(403);
    const paths = (openApiDocument() as { paths: Record<string, Record<string, { operationId: string }>> }).paths;
    expect(paths["/systems/{id}/risks"]?.post?.operationId).toBe("createRisk");
    expect(paths["/risks/{riskId}"]?.patch?.operationId).toBe("updateRisk");
  });
});
