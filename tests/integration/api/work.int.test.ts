import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING, DEPLOYER_BASE } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function classifiedSystem(profile = CV_SCREENING) {
  const org = await createOrganization();
  const token = await tokenFor(org.admin);
  const systemId = await createSystem(org.organizationId, "CV screening");
  await call("POST", "/systems/{id}/classifications", { token, params: { id: systemId }, json: { answers: profile } });
  return { ...org, token, systemId };
}

describe("API: classification", () => {
  it("classifies a profile without storing anything, and explains a bad answer per field", async () => {
    const { organizationId, admin } = await createOrganization();
    const token = await tokenFor(admin, ["read"]);
    const res = await call("POST", "/classify", { token, json: { profile: CV_SCREENING, asOf: "2028-01-01" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tier: "HIGH", asOf: "2028-01-01", roles: ["deployer"] });
    expect(await db().classificationRun.count({ where: { organizationId } })).toBe(0);
    const bad = await call("POST", "/classify", {
      token,
      json: { profile: { artefactType: "robot", misspelt: true } },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors)).toEqual(expect.arrayContaining(["profile.artefactType", "profile"]));
  });

  it("stores a run that creates the system's obligations; a read-only token may not", async () => {
    const { organizationId, token, systemId, admin } = await classifiedSystem();
    expect(await db().obligation.count({ where: { organizationId, systemId } })).toBeGreaterThan(0);
    const readOnly = await tokenFor(admin, ["read"]);
    const denied = await call("POST", "/systems/{id}/classifications", {
      token: readOnly,
      params: { id: systemId },
      json: { answers: DEPLOYER_BASE },
    });
    expect(denied.status).toBe(403);
    const other = await createOrganization("Other");
    const foreign = await call("POST", "/systems/{id}/classifications", {
      token,
      params: { id: await createSystem(other.organizationId) },
      json: { answers: DEPLOYER_BASE },
    });
    expect(foreign.status).toBe(404);
  });
});

describe("API: obligations", () => {
  it("lists across systems with filters and pages, and updates status with optimistic concurrency", async () => {
    const { token, systemId } = await classifiedSystem();
    const list = await call("GET", "/obligations", { token, query: { system: systemId, pageSize: "2" } });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(2);
    expect(list.body.pagination.next).toContain("page=2");
    const own = await call("GET", "/systems/{id}/obligations", { token, params: { id: systemId } });
    // Not the Art 4 literacy duty: its Done follows the literacy register (tests/integration/literacy/art4-obligation).
    const target = own.body.data.find((o: { article: string }) => !/^Art 4\b/.test(o.article));
    const params = { id: systemId, obligationId: target.id };
    // Done without evidence needs a note saying how the duty was met.
    const bare = await call("PATCH", "/systems/{id}/obligations/{obligationId}", {
      token,
      params,
      json: { version: target.version, status: "DONE", dueDate: "2027-06-30" },
    });
    expect(bare.status).toBe(422);
    expect(bare.body.errors.completionNote[0]).toMatch(/say how this duty was met/);
    const done = await call("PATCH", "/systems/{id}/obligations/{obligationId}", {
      token,
      params,
      json: {
        version: target.version,
        status: "DONE",
        dueDate: "2027-06-30",
        completionNote: "Covered by the vendor's signed instructions for use.",
      },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: "DONE",
      dueDate: "2027-06-30",
      version: target.version + 1,
      completionNote: "Covered by the vendor's signed instructions for use.",
    });
    const stale = await call("PATCH", "/systems/{id}/obligations/{obligationId}", {
      token,
      params,
      json: { version: target.version, status: "IN_PROGRESS" },
    });
    expect(stale.status).toBe(409);
    const na = await call("PATCH", "/systems/{id}/obligations/{obligationId}", {
      token,
      params,
      json: { version: target.version + 1, status: "NOT_APPLICABLE" },
    });
    expect(na.status).toBe(422);
    expect(na.body.errors.notApplicableReason[0]).toMatch(/Explain why/);
  });

  it("keeps another organisation's obligations out of reach", async () => {
    const a = await classifiedSystem();
    const b = await classifiedSystem();
    const theirs = (await call("GET", "/systems/{id}/obligations", { token: b.token, params: { id: b.systemId } })).body
      .data[0];
    const res = await call("PATCH", "/systems/{id}/obligations/{obligationId}", {
      token: a.token,
      params: { id: b.systemId, obligationId: theirs.id },
      json: { version: 1, status: "DONE" },
    });
    expect(res.status).toBe(404);
    const mixed = await call("PATCH", "/systems/{id}/obligations/{obligationId}", {
      token: a.token,
      params: { id: a.systemId, obligationId: theirs.id },
      json: { version: 1, status: "DONE" },
    });
    expect(mixed.status).toBe(404);
    const listed = await call("GET", "/obligations", { token: a.token, query: { system: b.systemId } });
    expect(listed.body.data).toEqual([]);
  });
});

describe("API: evidence", () => {
  it("uploads a file as multipart, checked by content and hashed, and adds a link as JSON", async () => {
    const { token, systemId } = await classifiedSystem();
    const obligation = (await call("GET", "/systems/{id}/obligations", { token, params: { id: systemId } })).body
      .data[0];
    const form = new FormData();
    form.set("file", new File([PDF], "risk-assessment.pdf", { type: "application/pdf" }));
    form.set("obligationId", obligation.id);
    const upload = await call("POST", "/systems/{id}/evidence", { token, params: { id: systemId }, form });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ version: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const link = await call("POST", "/systems/{id}/evidence", {
      token,
      params: { id: systemId },
      json: { title: "MLflow run", url: "https://mlflow.example/runs/1" },
    });
    expect(link.status).toBe(201);
    const list = await call("GET", "/systems/{id}/evidence", { token, params: { id: systemId } });
    expect(list.body.data.map((e: { kind: string }) => e.kind).sort()).toEqual(["FILE", "LINK"]);
  });

  it("refuses a disguised file, a javascript: link and a missing file with field errors", async () => {
    const { token, systemId } = await classifiedSystem();
    const form = new FormData();
    form.set("file", new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], "report.pdf"));
    const exe = await call("POST", "/systems/{id}/evidence", { token, params: { id: systemId }, form });
    expect(exe.status).toBe(422);
    expect(exe.body.errors.file).toHaveLength(1);
    const js = await call("POST", "/systems/{id}/evidence", {
      token,
      params: { id: systemId },
      json: { title: "x", url: "javascript:alert(1)" },
    });
    expect(js.status).toBe(422);
    expect(js.body.errors.url[0]).toMatch(/https:\/\//);
    const empty = new FormData();
    empty.set("title", "Nothing attached");
    const missing = await call("POST", "/systems/{id}/evidence", { token, params: { id: systemId }, form: empty });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.file).toBeDefined();
  });

  it("needs the evidence:write scope", async () => {
    const { admin, systemId } = await classifiedSystem();
    const token = await tokenFor(admin, ["read", "systems:write"]);
    const res = await call("POST", "/systems/{id}/evidence", {
      token,
      params: { id: systemId },
      json: { title: "x", url: "https://example.com" },
    });
    expect(res.status).toBe(403);
  });
});
