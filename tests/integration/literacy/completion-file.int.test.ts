import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import type { TRecordCompletion } from "@/lib/validations/literacy";
import { addMember, createOrganization } from "../../helpers/factories";
import { exeBytes, pdfBytes } from "../../unit/evidence/fixtures";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { item, ok } from "./fixtures";

// A training's certificate through the route handlers the person's page and the form post to: stored with the same
// content checks and limit as an obligation's evidence, downloadable only inside the organisation, named in the
// register. Only the session lookup and Next's cache are stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Handler = (request: NextRequest, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
const a = await import("@/app/(app)/literacy/actions");
const record = (await import("@/app/(app)/literacy/completions/upload/route")).POST as Handler;
const attach = (await import("@/app/(app)/literacy/completions/[completionId]/upload/route")).POST as Handler;
const download = (await import("@/app/(app)/literacy/completions/[completionId]/file/route")).GET as Handler;
const register = (await import("@/app/(app)/literacy/register/route")).GET as Handler;
const { getPerson } = await import("@/lib/dal/literacy/person-detail");

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const params = (completionId: string) => ({ params: Promise.resolve({ completionId }) });

function form(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  if (file) body.set("file", new File([new Uint8Array(file.bytes)], file.name));
  return body;
}
async function post(handler: Handler, url: string, body: FormData, completionId?: string) {
  const response = await handler(
    new NextRequest(`http://localhost${url}`, { method: "POST", body }),
    completionId ? params(completionId) : undefined,
  );
  return { status: response.status, body: await response.json() };
}
const get = (id: string) => download(new NextRequest(`http://localhost/literacy/completions/${id}/file`), params(id));

describe("AI-literacy register: a training's certificate", () => {
  let officer: UserActor;
  let organizationId: string;
  let fields: TRecordCompletion & Record<string, string>;
  beforeEach(async () => {
    const org = await createOrganization("Certificates");
    organizationId = org.organizationId;
    officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    session.actor = officer;
    const ann = ok(
      await a.createPersonAction({ name: "Ann", email: "ann@x.example", jobRole: "", businessUnitId: "" }),
    );
    const course = ok(await a.createLearningItemAction(item({ title: "AI basics" })));
    fields = {
      personId: ann.id,
      itemId: course.id,
      completedOn: "2026-11-02",
      expiresOn: "",
      evidenceNote: "",
      evidenceUrl: "",
    };
  });

  it("records a training with its certificate, shown on the person's page, downloadable and named in the register", async () => {
    const bytes = pdfBytes("certificate of attendance");
    const res = await post(record, "/literacy/completions/upload", form(fields, { name: "ann-cert.pdf", bytes }));
    expect(res).toMatchObject({ status: 200, body: { ok: true, data: { expiresOn: "2027-11-02" } } });
    const [c] = (await getPerson(officer, fields.personId)).completionList;
    expect(c?.file).toEqual({ fileName: "ann-cert.pdf", sizeBytes: bytes.byteLength });
    const file = await get(c!.id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("application/pdf");
    expect(file.headers.get("content-disposition")).toContain("attachment");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    const audit = await db().auditEvent.findFirst({ where: { organizationId, action: "literacyCompletion.recorded" } });
    expect(audit?.after).toMatchObject({ file: { fileName: "ann-cert.pdf", sha256: sha(bytes) } });
    const csv = await (await register(new NextRequest("http://localhost/literacy/register?format=csv"))).text();
    expect(csv).toContain("Evidence file,Evidence file SHA-256");
    expect(csv).toContain(`ann-cert.pdf,${sha(bytes)}`);
    const pdf = await register(new NextRequest("http://localhost/literacy/register?format=pdf"));
    const text = (await pdfPages(Buffer.from(await pdf.arrayBuffer()))).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("File: ann-cert.pdf");
  });

  it("refuses a program renamed to .pdf and a file over 20 MB beside the file field, storing no training", async () => {
    const exe = await post(
      record,
      "/literacy/completions/upload",
      form(fields, { name: "cert.pdf", bytes: exeBytes() }),
    );
    expect(exe.status).toBe(422);
    expect(exe.body.fieldErrors.file[0]).toContain("Windows program");
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    const large = await post(record, "/literacy/completions/upload", form(fields, { name: "big.txt", bytes: big }));
    expect(large.status).toBe(413);
    expect(large.body.fieldErrors.file[0]).toContain("20 MB");
    const bad = await post(
      record,
      "/literacy/completions/upload",
      form({ ...fields, completedOn: "yesterday" }, { name: "c.pdf", bytes: pdfBytes("x") }),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.fieldErrors)).toEqual(["completedOn"]);
    expect(await db().literacyCompletion.count({ where: { organizationId } })).toBe(0);
  });

  it("adds a certificate later, replaces it (the audit keeps the former one), and refuses a role that may not edit", async () => {
    ok(await a.recordCompletionAction({ ...fields, expiresOn: "" }));
    const [c] = (await getPerson(officer, fields.personId)).completionList;
    expect(c?.file).toBeNull();
    expect((await get(c!.id)).status).toBe(404);
    const first = pdfBytes("first list");
    expect((await post(attach, "/x", form({}, { name: "list.pdf", bytes: first }), c!.id)).status).toBe(200);
    const second = pdfBytes("signed list");
    expect((await post(attach, "/x", form({}, { name: "signed.pdf", bytes: second }), c!.id)).status).toBe(200);
    expect(new Uint8Array(await (await get(c!.id)).arrayBuffer())).toEqual(second);
    const events = await db().auditEvent.findMany({
      where: { organizationId, action: "literacyCompletion.file_attached" },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => [e.before, e.after])).toMatchObject([
      [null, { file: { fileName: "list.pdf", sha256: sha(first) } }],
      [
        { file: { fileName: "list.pdf", sha256: sha(first) } },
        { file: { fileName: "signed.pdf", sha256: sha(second) } },
      ],
    ]);
    session.actor = await addMember(organizationId, "AUDITOR");
    expect((await get(c!.id)).status).toBe(200);
    expect((await post(attach, "/x", form({}, { name: "z.pdf", bytes: first }), c!.id)).status).toBe(403);
    // Removing the record removes its file; the audit trail still names it.
    session.actor = officer;
    ok(await a.deleteCompletionAction({ completionId: c!.id }));
    expect((await get(c!.id)).status).toBe(404);
    const deleted = await db().auditEvent.findFirst({
      where: { organizationId, action: "literacyCompletion.deleted" },
    });
    expect(deleted?.before).toMatchObject({ file: { fileName: "signed.pdf", sha256: sha(second) } });
  });

  it("keeps the certificate inside the organisation: another one's member can neither download nor replace it", async () => {
    const bytes = pdfBytes("private");
    ok(await a.recordCompletionAction({ ...fields, expiresOn: "" }));
    const [c] = (await getPerson(officer, fields.personId)).completionList;
    await post(attach, "/x", form({}, { name: "mine.pdf", bytes }), c!.id);
    const other = await createOrganization("Elsewhere");
    session.actor = other.admin;
    expect((await get(c!.id)).status).toBe(404);
    expect((await post(attach, "/x", form({}, { name: "theirs.pdf", bytes: pdfBytes("x") }), c!.id)).status).toBe(404);
    // Their own learning item and person are the only ones they may record against.
    const theirs = await post(record, "/literacy/completions/upload", form(fields, { name: "c.pdf", bytes }));
    expect(theirs.status).toBe(422);
    expect(Object.keys(theirs.body.fieldErrors)).toEqual(["personId"]);
    session.actor = officer;
    expect(new Uint8Array(await (await get(c!.id)).arrayBuffer())).toEqual(bytes);
  });
});
