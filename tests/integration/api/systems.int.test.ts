import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

const VALID = {
  name: "Credit scoring v3",
  intendedPurpose: "Scores credit applications.",
  businessUnit: "Retail",
  lifecycleStage: "PILOT",
  memberStates: ["DE"],
  dataCategories: ["PERSONAL"],
  isDraft: false,
};

describe("API: AI systems", () => {
  it("creates, reads, lists and updates a system, naming the token in the audit trail", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["systems:write"]);
    const created = await call("POST", "/systems", { token, json: VALID });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/v1/systems/${created.body.id}`);
    expect(created.body).toMatchObject({
      name: "Credit scoring v3",
      version: 1,
      lifecycleStage: "PILOT",
      tier: null,
      classificationStale: false,
    });

    const read = await call("GET", "/systems/{id}", { token, params: { id: created.body.id } });
    expect(read.body.businessUnit).toBe("Retail");

    const patched = await call("PATCH", "/systems/{id}", {
      token,
      params: { id: created.body.id },
      json: { version: 1, lifecycleStage: "IN_PRODUCTION" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      version: 2,
      lifecycleStage: "IN_PRODUCTION",
      businessUnit: "Retail",
      intendedPurpose: "Scores credit applications.",
    });

    const audit = await db().auditEvent.findFirst({ where: { organizationId, action: "system.updated" } });
    expect(audit?.actorLabel).toMatch(/^token Test systems:write/);
  });

  it("answers 409 to an update made from an old version, and keeps the newer data", async () => {
    const { admin } = await createOrganization();
    const token = await tokenFor(admin);
    const { body } = await call("POST", "/systems", { token, json: VALID });
    await call("PATCH", "/systems/{id}", {
      token,
      params: { id: body.id },
      json: { version: 1, businessUnit: "Cards" },
    });
    const stale = await call("PATCH", "/systems/{id}", {
      token,
      params: { id: body.id },
      json: { version: 1, businessUnit: "Loans" },
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toBe("application/problem+json");
    expect(stale.body).toMatchObject({ status: 409, title: "Conflict", type: "/developers/api#problem-conflict" });
    expect(stale.body.detail).toMatch(/^Changed by /);
    expect((await call("GET", "/systems/{id}", { token, params: { id: body.id } })).body.businessUnit).toBe("Cards");
  });

  it("answers 409 to a version that does not exist yet, and saves nothing", async () => {
    const { admin } = await createOrganization();
    const token = await tokenFor(admin);
    const { body } = await call("POST", "/systems", { token, json: VALID });
    const future = await call("PATCH", "/systems/{id}", {
      token,
      params: { id: body.id },
      json: { version: 2, businessUnit: "Loans" },
    });
    expect(future.status).toBe(409);
    expect(future.body.detail).toBe(
      "This system is at version 1; version 2 does not exist yet. Send the version from your last read.",
    );
    const stored = (await call("GET", "/systems/{id}", { token, params: { id: body.id } })).body;
    expect(stored).toMatchObject({ version: 1, businessUnit: VALID.businessUnit });
  });

  it("answers 422 with errors per field and stores nothing", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin);
    const bad = await call("POST", "/systems", {
      token,
      json: { name: "X", lifecycleStage: "LAUNCHED", models: [{ name: "", registryName: "", versions: [] }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.name).toEqual(["Enter a name of at least 2 characters."]);
    expect(bad.body.errors.lifecycleStage).toBeDefined();
    expect(bad.body.errors["models.0.name"]).toEqual(["Enter the model's name."]);
    expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
    const patch = await call("PATCH", "/systems/{id}", {
      token,
      params: { id: await createSystem(organizationId) },
      json: { name: "Y" },
    });
    expect(patch.status).toBe(422);
    expect(patch.body.errors.version).toEqual(["Send the version you read (GET returns it)."]);
  });

  it("refuses a token without the scope, and hides other organisations' systems", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const readOnly = await tokenFor(a.admin, ["read"]);
    const denied = await call("POST", "/systems", { token: readOnly, json: VALID });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe("This operation needs an API token with the systems:write scope.");
    const foreign = await createSystem(b.organizationId, "B's secret system");
    for (const [method, json] of [
      ["GET", undefined],
      ["PATCH", { version: 1, name: "Taken over" }],
    ] as const) {
      const res = await call(method, "/systems/{id}", {
        token: await tokenFor(a.admin),
        params: { id: foreign },
        json,
      });
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain("secret");
    }
    expect((await db().aiSystem.findUniqueOrThrow({ where: { id: foreign } })).name).toBe("B's secret system");
  });

  it("pages the list with the inventory's filters, a next link and a Link header", async () => {
    const { organizationId, admin } = await createOrganization();
    for (const name of ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]) await createSystem(organizationId, name);
    await db().aiSystem.updateMany({
      where: { organizationId, name: { in: ["Alpha", "Charlie"] } },
      data: { tier: "HIGH" },
    });
    const token = await tokenFor(admin, ["read"]);
    const first = await call("GET", "/systems", { token, query: { pageSize: "2" } });
    expect(first.body.data.map((s: { name: string }) => s.name)).toEqual(["Alpha", "Bravo"]);
    expect(first.body.pagination).toMatchObject({ page: 1, pageSize: 2, total: 5, totalKind: "exact", prev: null });
    expect(first.headers.get("link")).toContain('rel="next"');
    const last = await call("GET", "/systems", { token, query: { pageSize: "2", page: "3" } });
    expect(last.body.data.map((s: { name: string }) => s.name)).toEqual(["Echo"]);
    expect(last.body.pagination.next).toBeNull();
    const next = new URL(first.body.pagination.next);
    expect(next.searchParams.get("page")).toBe("2");
    const high = await call("GET", "/systems", { token, query: { tier: "HIGH", sort: "-name" } });
    expect(high.body.data.map((s: { name: string }) => s.name)).toEqual(["Charlie", "Alpha"]);
    const tooBig = await call("GET", "/systems", { token, query: { pageSize: "500" } });
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.errors.pageSize).toEqual(["Use a whole number from 1 to 100."]);
  });

  it("keeps a member without API access out: the role of the token's creator does not matter, the scope does", async () => {
    const { organizationId, admin } = await createOrganization();
    await addMember(organizationId, "AUDITOR");
    const token = await tokenFor(admin, ["gate"]);
    expect((await call("GET", "/systems", { token })).status).toBe(200);
    expect((await call("POST", "/systems", { token, json: VALID })).status).toBe(403);
  });
});
