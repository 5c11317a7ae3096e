import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { API_ROUTES } from "@/lib/api/routes";
import { setApplicability } from "@/lib/dal/standards/applicability";
import { one } from "../../helpers/expect-defined";
import { createOrganization } from "../../helpers/factories";
import { classifiedSystem, duty } from "../standards/fixtures";
import { call, tokenFor } from "./helpers";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The crosswalk through the real route handlers with a read token: the figures the /standards pages show, the gaps,
// the obligation codes behind each control, and the Statement of Applicability with its decisions.
function expectDocumented(operationId: string, body: unknown) {
  const route = one(API_ROUTES.filter((r) => r.operationId === operationId));
  const parsed = (route.response as z.ZodType).safeParse(body);
  expect(parsed.success, `${operationId}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
  expect(parsed.data, `${operationId} sends only documented fields`).toEqual(body);
}

async function setup() {
  const { organizationId, admin } = await createOrganization("API standards");
  const systemId = await classifiedSystem(organizationId, "Scoring", "HIGH");
  const other = await classifiedSystem(organizationId, "Other", "HIGH");
  await duty({ organizationId, systemId }, "hr.data_governance", "DONE", true);
  await duty({ organizationId, systemId: other }, "hr.data_governance", "NOT_STARTED");
  await setApplicability(admin, {
    framework: "iso-42001",
    controlId: "A.10.4",
    decision: "exclude",
    justification: "We have no external customers.",
    version: 0,
  });
  return { admin, token: await tokenFor(admin, ["read"]) };
}

describe("API: standards crosswalk", () => {
  it("lists the frameworks with coverage, the excluded control counted apart", async () => {
    const { token } = await setup();
    const r = await call("GET", "/standards", { token });
    expect(r.status).toBe(200);
    expectDocumented("listStandards", r.body);
    const iso = r.body.data.find((f: { id: string }) => f.id === "iso-42001");
    expect(iso).toMatchObject({ hasStatementOfApplicability: true, coverage: { controls: 38, excluded: 1 } });
    expect(iso.summaryText).toMatch(/^\d+ of 38 controls fully evidenced/);
    expect(r.body.data.map((f: { id: string }) => f.id)).toEqual(["iso-42001", "nist-ai-rmf", "nist-ai-600-1"]);
    const profile = await call("GET", "/standards/{framework}", { token, params: { framework: "nist-ai-600-1" } });
    expect(profile.status).toBe(200);
    expectDocumented("getStandard", profile.body);
    expect(profile.body.controls.find((c: { id: string }) => c.id === "GV-1.6-001")).toMatchObject({
      group: "GOVERN 1.6 Keep an inventory of AI systems",
      status: "evidenced", // both systems are classified
      targets: [{ kind: "inventory", article: "Art 6", done: 2, total: 2 }],
    });
  });

  it("gives one framework's controls with their coverage, gaps and obligation codes", async () => {
    const { token } = await setup();
    const r = await call("GET", "/standards/{framework}", { token, params: { framework: "iso-42001" } });
    expect(r.status).toBe(200);
    expectDocumented("getStandard", r.body);
    expect(r.body.controls).toHaveLength(38);
    const data = r.body.controls.find((c: { id: string }) => c.id === "A.7.2");
    expect(data).toMatchObject({ status: "partial", obligationCodes: ["hr.data_governance"] });
    expect(data.targets[0]).toMatchObject({ kind: "obligation", article: "Art 10", done: 1, total: 2 });
    expect(r.body.gaps).toContain("A.7.2");
    expect(r.body.gaps).not.toContain("A.10.4");
    expect(r.body.controls.find((c: { id: string }) => c.id === "A.10.4").status).toBe("excluded");
    const nist = await call("GET", "/standards/{framework}", { token, params: { framework: "nist-ai-rmf" } });
    expect(nist.status).toBe(200);
    expect(nist.body.hasStatementOfApplicability).toBe(false);
    const unknown = await call("GET", "/standards/{framework}", { token, params: { framework: "iso-27001" } });
    expect(unknown.status).toBe(404);
  });

  it("gives the Statement of Applicability with who decided, and 404 for a framework without one", async () => {
    const { token } = await setup();
    const r = await call("GET", "/standards/{framework}/soa", { token, params: { framework: "iso-42001" } });
    expect(r.status).toBe(200);
    expectDocumented("getStatementOfApplicability", r.body);
    expect(r.body.data).toHaveLength(38);
    expect(r.body.data.find((d: { controlId: string }) => d.controlId === "A.10.4")).toMatchObject({
      applicability: "excluded",
      justification: "We have no external customers.",
      status: "excluded",
      decidedBy: "Test ADMIN",
      version: 1,
    });
    expect(r.body.data.find((d: { controlId: string }) => d.controlId === "A.2.2")).toMatchObject({
      applicability: "not_reviewed",
      decidedBy: null,
      decidedAt: null,
      version: 0,
    });
    const nist = await call("GET", "/standards/{framework}/soa", { token, params: { framework: "nist-ai-rmf" } });
    expect(nist.status).toBe(404);
    expect(nist.body.detail).toContain("no Statement of Applicability");
  });

  it("needs a token; a read operation is open to every scope (each grants system.read)", async () => {
    const { admin } = await setup();
    expect((await call("GET", "/standards", { token: null })).status).toBe(401);
    expect((await call("GET", "/standards", { token: "actlas_not-a-token" })).status).toBe(401);
    const writer = await tokenFor(admin, ["evidence:write"]);
    expect(
      (await call("GET", "/standards/{framework}/soa", { token: writer, params: { framework: "iso-42001" } })).status,
    ).toBe(200);
  });
});
