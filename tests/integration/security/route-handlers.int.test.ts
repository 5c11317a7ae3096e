import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { LIMIT_MESSAGES } from "@/lib/import/limits";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";

// What each browser-facing route handler (every app route outside /api/v1) answers when a request is refused: no
// session, another site, a body over the limit, an unreadable or missing file, a role without the permission, an id
// that is not the caller's. The pages read these bodies to put the message next to the file input, so the shapes are
// pinned here, through the real handlers; only the session lookup and Next's cache are stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Params = { id: string; versionId: string; dossierId: string; reportId: string };
type Handler = (request: NextRequest, context: { params: Promise<Params> }) => Promise<Response> | Response;
const routes = {
  upload: (await import("@/app/(app)/systems/[id]/evidence/upload/route")).POST as Handler,
  importRun: (await import("@/app/(app)/systems/import/run/route")).POST as Handler,
  dataImport: (await import("@/app/(app)/settings/data/import/route")).POST as Handler,
  verify: (await import("@/app/(app)/reports/verify/route")).POST as Handler,
  systemsExport: (await import("@/app/(app)/systems/export/route")).GET as Handler,
  obligationsExport: (await import("@/app/(app)/obligations/export/route")).GET as Handler,
  dataExport: (await import("@/app/(app)/settings/data/export/route")).GET as Handler,
  exportZip: (await import("@/app/(app)/reports/export-zip/route")).GET as Handler,
  template: (await import("@/app/(app)/systems/import/template/route")).GET as Handler,
  evidenceFile: (await import("@/app/api/evidence/[versionId]/route")).GET as Handler,
  incidentReport: (await import("@/app/(app)/incidents/[id]/report/route")).GET as Handler,
  dossier: (await import("@/app/(app)/systems/[id]/dossier/[dossierId]/route")).GET as Handler,
  portfolio: (await import("@/app/(app)/reports/portfolio/[reportId]/route")).GET as Handler,
};

const ORIGIN = "http://localhost";
const MISSING = "00000000-0000-4000-8000-000000000000";

function call(
  handler: Handler,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {},
  params: Partial<Params> = {},
) {
  const request = new NextRequest(`${ORIGIN}${path}`, {
    method: init.method ?? "GET",
    headers: init.headers,
    body: init.body,
  });
  return handler(request, {
    params: Promise.resolve({ id: MISSING, versionId: MISSING, dossierId: MISSING, reportId: MISSING, ...params }),
  });
}

const post = (
  handler: Handler,
  path: string,
  headers: Record<string, string> = {},
  body: BodyInit = new FormData(),
  params: Partial<Params> = {},
) => call(handler, path, { method: "POST", headers, body }, params);

async function answer(response: Response | Promise<Response>) {
  const r = await response;
  const text = await r.text();
  const type = r.headers.get("content-type") ?? "";
  return { status: r.status, type, body: type.includes("json") && !type.includes("ndjson") ? JSON.parse(text) : text };
}

let admin: UserActor;
let auditor: UserActor;
let systemId: string;
beforeAll(async () => {
  const org = await createOrganization("Route handlers");
  admin = org.admin;
  auditor = await addMember(org.organizationId, "AUDITOR");
  systemId = await createSystem(org.organizationId, "Routed system");
});

const UPLOAD = () => `/systems/${systemId}/evidence/upload`;
const SESSION_OVER_UPLOAD = "Your session has ended. Sign in again in another tab, then upload again.";
const SESSION_OVER_IMPORT = "Your session has ended. Sign in again in another tab, then import again.";
const VERIFY_TOO_LARGE = "This file is larger than any Actlas dossier, so it cannot be one.";
const ORG_TOO_LARGE =
  "The file is larger than 19 MB, the upload limit of this server. Restore large organisations with pg_restore (see docs/backup.md).";
const EVIDENCE_TOO_LARGE = "The file is over the limit of 20 MB per file.";

describe("without a session", () => {
  it.each([
    ["systemsExport", "/systems/export", "Your session has ended. Sign in again."],
    ["obligationsExport", "/obligations/export", "Your session has ended. Sign in again."],
    ["dataExport", "/settings/data/export", "Your session has ended. Sign in again."],
    ["exportZip", "/reports/export-zip?scope=all", "Your session has ended. Sign in again to export dossiers."],
    ["evidenceFile", `/api/evidence/${MISSING}`, "Sign in to download evidence."],
    ["incidentReport", `/incidents/${MISSING}/report`, "Sign in to download incident reports."],
    ["dossier", `/systems/${MISSING}/dossier/${MISSING}`, "Sign in to download dossiers."],
    ["portfolio", `/reports/portfolio/${MISSING}`, "Sign in to download reports."],
  ] as const)("GET %s answers 401 with a plain sentence", async (name, path, message) => {
    session.actor = null;
    const r = await answer(
      call(routes[name], path, {}, { id: MISSING, versionId: MISSING, dossierId: MISSING, reportId: MISSING }),
    );
    expect(r).toMatchObject({ status: 401, body: message });
    expect(r.type).toMatch(/^text\/plain/);
  });

  it("POST routes answer 401 in the shape their page reads", async () => {
    session.actor = null;
    expect(await answer(post(routes.upload, UPLOAD(), {}, new FormData(), { id: systemId }))).toMatchObject({
      status: 401,
      body: { ok: false, error: SESSION_OVER_UPLOAD },
    });
    expect(await answer(post(routes.importRun, "/systems/import/run", {}, "name\nx"))).toMatchObject({
      status: 401,
      body: { type: "error", error: SESSION_OVER_IMPORT },
    });
    expect(await answer(post(routes.dataImport, "/settings/data/import"))).toMatchObject({
      status: 401,
      body: { ok: false, error: SESSION_OVER_IMPORT },
    });
    const verifyMessage = "Your session has ended. Sign in again, then verify the file.";
    expect(await answer(post(routes.verify, "/reports/verify"))).toMatchObject({
      status: 401,
      body: { ok: false, error: verifyMessage, fieldErrors: { file: [verifyMessage] } },
    });
  });
});

describe("with a session", () => {
  const evil = { origin: "https://evil.example" };
  const huge = { "content-length": String(200 * 1024 * 1024) };

  it("refuses posts from another site with 403", async () => {
    session.actor = admin;
    expect((await answer(post(routes.upload, UPLOAD(), evil, new FormData(), { id: systemId }))).body).toEqual({
      ok: false,
      error: "Uploads must come from this site.",
    });
    expect(await answer(post(routes.importRun, "/systems/import/run", evil, "name\nx"))).toMatchObject({
      status: 403,
      body: { type: "error", error: "Imports must come from this site." },
    });
    expect(await answer(post(routes.dataImport, "/settings/data/import", evil))).toMatchObject({
      status: 403,
      body: { ok: false, error: "Imports must come from this site." },
    });
    const verify = await answer(post(routes.verify, "/reports/verify", evil));
    expect(verify).toMatchObject({
      status: 403,
      body: { ok: false, error: "Verification requests must come from this site." },
    });
    // The same site passes the origin check (and then fails on the missing file).
    expect((await answer(post(routes.verify, "/reports/verify", { origin: ORIGIN }))).status).toBe(422);
  });

  it("refuses a body announced over the limit with 413, before reading it", async () => {
    session.actor = admin;
    expect(await answer(post(routes.upload, UPLOAD(), huge, new FormData(), { id: systemId }))).toEqual({
      status: 413,
      type: expect.stringContaining("json"),
      body: { ok: false, error: EVIDENCE_TOO_LARGE, fieldErrors: { file: [EVIDENCE_TOO_LARGE] } },
    });
    expect((await answer(post(routes.importRun, "/systems/import/run", huge, "name\nx"))).body).toEqual({
      type: "error",
      error: LIMIT_MESSAGES.size(),
      fieldErrors: { csv: [LIMIT_MESSAGES.size()] },
    });
    expect(await answer(post(routes.dataImport, "/settings/data/import", huge))).toMatchObject({
      status: 413,
      body: { ok: false, error: ORG_TOO_LARGE },
    });
    expect((await answer(post(routes.dataImport, "/settings/data/import", huge))).body.problems).toBeUndefined();
    expect(await answer(post(routes.verify, "/reports/verify", huge))).toMatchObject({
      status: 413,
      body: { ok: false, error: VERIFY_TOO_LARGE, fieldErrors: { file: [VERIFY_TOO_LARGE] } },
    });
  });

  it("names a missing file next to the file input, and a cut-off upload as unreadable", async () => {
    session.actor = admin;
    const choose = "Choose a file to upload.";
    expect(await answer(post(routes.upload, UPLOAD(), {}, new FormData(), { id: systemId }))).toMatchObject({
      status: 422,
      body: { ok: false, error: choose, fieldErrors: { file: [choose] } },
    });
    expect(await answer(post(routes.dataImport, "/settings/data/import"))).toEqual({
      status: 422,
      type: expect.stringContaining("json"),
      body: { ok: false, error: "Choose an organisation export file (.json)." },
    });
    const pdf = "Choose the PDF file you want to check.";
    expect(await answer(post(routes.verify, "/reports/verify"))).toMatchObject({
      status: 422,
      body: { ok: false, error: pdf, fieldErrors: { file: [pdf] } },
    });

    const cut = { "content-type": "multipart/form-data; boundary=zzz" };
    const body = '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF';
    expect(await answer(post(routes.upload, UPLOAD(), cut, body, { id: systemId }))).toEqual({
      status: 400,
      type: expect.stringContaining("json"),
      body: {
        ok: false,
        error: "The upload could not be read (it may have been cut off). Nothing was stored; please try again.",
      },
    });
    const unreadable = "The upload could not be read (it may have been cut off). Please try again.";
    expect(await answer(post(routes.verify, "/reports/verify", cut, body))).toMatchObject({
      status: 400,
      body: { ok: false, error: unreadable, fieldErrors: { file: [unreadable] } },
    });
    expect((await answer(post(routes.dataImport, "/settings/data/import", cut, body))).status).toBe(422);
  });

  it("answers a role without the permission with 403 and the data layer's sentence", async () => {
    session.actor = auditor;
    const run = await answer(post(routes.importRun, "/systems/import/run?dryRun=true", {}, "name\nx"));
    expect(run.status).toBe(403);
    expect(run.body).toEqual({ type: "error", error: expect.any(String) });
    const exported = await answer(call(routes.dataExport, "/settings/data/export"));
    expect(exported).toMatchObject({ status: 403, type: expect.stringMatching(/^text\/plain/) });
    const form = new FormData();
    form.set("file", new File(["hello"], "note.txt", { type: "text/plain" }));
    const upload = await answer(post(routes.upload, UPLOAD(), {}, form, { id: systemId }));
    expect(upload).toMatchObject({ status: 403, body: { ok: false, error: expect.any(String) } });
  });

  it("answers ids that are not the caller's with 404 in plain text", async () => {
    session.actor = admin;
    for (const [handler, path] of [
      [routes.evidenceFile, `/api/evidence/${MISSING}`],
      [routes.incidentReport, `/incidents/${MISSING}/report`],
      [routes.dossier, `/systems/${systemId}/dossier/${MISSING}`],
      [routes.portfolio, `/reports/portfolio/${MISSING}`],
      [routes.exportZip, `/reports/export-zip?systems=${MISSING}`],
    ] as const) {
      const r = await answer(
        call(handler, path, {}, { id: systemId, versionId: MISSING, dossierId: MISSING, reportId: MISSING }),
      );
      expect(r.status, path).toBe(404);
      expect(r.type, path).toMatch(/^text\/plain/);
    }
    expect(await answer(call(routes.exportZip, "/reports/export-zip"))).toMatchObject({ status: 422 });
  });

  it("streams the exports as attachments named by date", async () => {
    session.actor = admin;
    const day = new Date().toISOString().slice(0, 10);
    const csv = await call(routes.systemsExport, `/systems/export?ids=${systemId}`);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="ai-systems-${day}.csv"`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain("Routed system");
    const json = await call(routes.systemsExport, `/systems/export?format=json`);
    expect(json.headers.get("content-disposition")).toBe(`attachment; filename="ai-systems-${day}.json"`);
    expect((JSON.parse(await json.text()) as { name: string }[]).map((s) => s.name)).toEqual(["Routed system"]);
    const obligations = await call(routes.obligationsExport, `/obligations/export?format=json&system=${systemId}`);
    expect(obligations.headers.get("content-disposition")).toBe(`attachment; filename="obligations-${day}.json"`);
    expect(obligations.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(await obligations.text())).toEqual([]);
    const obligationsCsv = await call(routes.obligationsExport, "/obligations/export");
    expect(obligationsCsv.headers.get("content-disposition")).toBe(`attachment; filename="obligations-${day}.csv"`);
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (text() would strip it).
    expect(Buffer.from(await obligationsCsv.arrayBuffer()).toString("utf8")).toMatch(/^\uFEFFID,System ID,System/);
    const org = await call(routes.dataExport, "/settings/data/export");
    expect(org.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"$/);
    expect(JSON.parse(await org.text())).toHaveProperty("tables");
    const template = await call(routes.template, "/systems/import/template");
    expect(template.headers.get("content-disposition")).toBe('attachment; filename="ai-systems-import-template.csv"');
    for (const r of [csv, json, obligations, org, template]) expect(r.headers.get("cache-control")).toBe("no-store");
  });
});
