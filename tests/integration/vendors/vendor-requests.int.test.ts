import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { sha256Hex } from "@/lib/crypto";
import { pdfBytes } from "../../unit/evidence/fixtures";
import { as, deployerOrg, inDays, ok, session, tokenOf, uploadRequest } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/vendors/actions");
const portal = await import("@/app/respond/[token]/actions");
const { POST: upload } = await import("@/app/respond/[token]/upload/route");
const { viewVendorRequest } = await import("@/lib/dal/vendors/portal");

type Org = Awaited<ReturnType<typeof deployerOrg>>;

let vendors = 0;
async function sendRequest(org: Org, kinds: string[] = ["instructions_for_use", "registration_number"]) {
  const { id: vendorId } = ok(await as(org.admin, () => actions.createVendorAction({ name: `Vendor ${++vendors}` })));
  const created = ok(
    await as(org.admin, () =>
      actions.createVendorRequestAction({
        systemId: org.systemId,
        vendorId,
        kinds: kinds as never,
        question: "",
        message: "Please send what the AI Act says you owe us.",
        dueDate: inDays(14),
        linkDays: 30,
      }),
    ),
  );
  const items = await db().vendorRequestItem.findMany({ where: { requestId: created.requestId } });
  const item = (kind: string) => items.find((i) => i.kind === kind)!;
  return { ...created, token: tokenOf(created.path), vendorId, item };
}

const post = (token: string, itemId: string, name: string, bytes: Uint8Array, origin?: string) =>
  upload(uploadRequest(token, itemId, name, bytes, origin), { params: Promise.resolve({ token }) });

describe("vendor requests and the respondent portal", () => {
  let a: Org;
  let b: Org;
  beforeAll(async () => {
    a = await deployerOrg("Alpha");
    b = await deployerOrg("Beta");
  });

  it("stores only the hash of the link's secret, and the secret opens exactly its own request", async () => {
    const req = await sendRequest(a);
    const row = await db().vendorRequest.findUniqueOrThrow({ where: { id: req.requestId } });
    expect(row.tokenHash).toBe(sha256Hex(req.token));
    expect(JSON.stringify(row)).not.toContain(req.token);
    const view = await viewVendorRequest(req.token, "203.0.113.7");
    expect(view.systemName).toBe("Alpha CV screening");
    expect(view.items.map((i) => i.kind).sort()).toEqual(["instructions_for_use", "registration_number"]);
    const viewed = await db().auditEvent.count({
      where: { organizationId: a.organizationId, action: "vendor_request.viewed" },
    });
    expect(viewed).toBeGreaterThan(0);
  });

  it("files an uploaded document as evidence on the deployer's Art 26(1) duty, naming the vendor, and notifies the requester", async () => {
    const req = await sendRequest(a);
    const response = await post(req.token, req.item("instructions_for_use").id, "instructions.pdf", pdfBytes("IFU"));
    expect(response.status).toBe(200);
    const evidence = await db().evidence.findMany({
      where: { organizationId: a.organizationId, obligationId: a.art26 },
      include: { versions: true },
    });
    const filed = evidence.filter((e) => e.title.includes("Instructions for use"));
    expect(filed).toHaveLength(1);
    expect(filed[0]!.title).toMatch(/from Vendor \d+ \(vendor request of /);
    expect(filed[0]!.versions[0]!.mimeType).toBe("application/pdf");
    // The same answer backs the other duty the instructions support.
    expect(await db().evidence.count({ where: { obligationId: a.oversight, title: filed[0]!.title } })).toBeGreaterThan(
      0,
    );
    const links = await db().vendorAnswerEvidence.count({ where: { itemId: req.item("instructions_for_use").id } });
    expect(links).toBe(2);
    const note = await db().notification.findFirst({
      where: { organizationId: a.organizationId, userId: a.admin.userId, kind: "vendor_request" },
    });
    expect(note?.href).toBe(`/vendors/requests/${req.requestId}`);
    const uploaded = await db().auditEvent.findFirst({
      where: { organizationId: a.organizationId, action: "vendor_request.file_uploaded", entityId: req.requestId },
    });
    expect(uploaded?.actorLabel).toMatch(/vendor, through the request link/);
  });

  it("files a registration number on the registration duty and marks the request answered", async () => {
    const req = await sendRequest(a);
    ok(
      await portal.answerVendorItemAction({
        token: req.token,
        itemId: req.item("registration_number").id,
        answer: "EU-DB-1234",
      }),
    );
    ok(await post(req.token, req.item("instructions_for_use").id, "ifu.pdf", pdfBytes("x")).then((r) => r.json()));
    const onRegister = await db().evidence.findMany({
      where: { obligationId: a.register },
      include: { versions: true },
    });
    const text = onRegister.flatMap((e) => e.versions).map((v) => Buffer.from(v.content).toString("utf8"));
    expect(text.some((t) => t.includes("EU-DB-1234"))).toBe(true);
    const { getVendorRequest } = await import("@/lib/dal/vendors/requests");
    expect((await getVendorRequest(a.admin, req.requestId)).status).toBe("answered");
  });

  it("refuses an upload that fails the evidence content checks, and stores nothing", async () => {
    const req = await sendRequest(a);
    const before = await db().evidence.count({ where: { organizationId: a.organizationId } });
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
    const response = await post(req.token, req.item("instructions_for_use").id, "setup.pdf", exe);
    expect(response.status).toBe(422);
    expect((await response.json()).fieldErrors.file[0]).toMatch(/not accepted as evidence|content/i);
    const misnamed = await post(req.token, req.item("instructions_for_use").id, "ifu.txt", pdfBytes("x"));
    expect(misnamed.status).toBe(422);
    expect(await db().evidence.count({ where: { organizationId: a.organizationId } })).toBe(before);
  });

  it("refuses a cross-site upload", async () => {
    const req = await sendRequest(a);
    const response = await post(
      req.token,
      req.item("instructions_for_use").id,
      "ifu.pdf",
      pdfBytes(),
      "https://evil.example",
    );
    expect(response.status).toBe(403);
  });

  it("never lets organisation A's link reach organisation B's request or items", async () => {
    const reqA = await sendRequest(a);
    const reqB = await sendRequest(b);
    const before = await db().evidence.count({ where: { organizationId: b.organizationId } });
    const answered = await portal.answerVendorItemAction({
      token: reqA.token,
      itemId: reqB.item("registration_number").id,
      answer: "EU-DB-999",
    });
    expect(answered).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const response = await post(reqA.token, reqB.item("instructions_for_use").id, "ifu.pdf", pdfBytes());
    expect(response.status).toBe(404);
    expect(await db().evidence.count({ where: { organizationId: b.organizationId } })).toBe(before);
    const view = await viewVendorRequest(reqA.token, null);
    expect(JSON.stringify(view)).not.toContain(b.organizationId);
    expect(view.items.every((i) => i.id !== reqB.item("instructions_for_use").id)).toBe(true);
    // B's people cannot see, revoke or decide on A's request.
    const refused = await as(b.admin, () => actions.revokeVendorRequestAction({ requestId: reqA.requestId }));
    expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const foreignVendor = await as(b.admin, () =>
      actions.createVendorRequestAction({
        systemId: b.systemId,
        vendorId: reqA.vendorId,
        kinds: ["instructions_for_use"],
        question: "",
        message: "",
        dueDate: inDays(3),
        linkDays: 30,
      }),
    );
    expect(foreignVendor).toMatchObject({ ok: false, fieldErrors: { vendorId: [expect.any(String)] } });
    const foreignSystem = await as(b.admin, () =>
      actions.linkVendorSupplyAction({ vendorId: reqB.vendorId, target: `system:${a.systemId}` }),
    );
    expect(foreignSystem).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const foreignVendorLink = await as(b.admin, () =>
      actions.linkVendorSupplyAction({ vendorId: reqA.vendorId, target: `system:${b.systemId}` }),
    );
    expect(foreignVendorLink).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().vendorSystem.count({ where: { vendorId: { in: [reqA.vendorId, reqB.vendorId] } } })).toBe(0);
    const onForeignSystem = await as(b.admin, () =>
      actions.createVendorRequestAction({
        systemId: a.systemId,
        vendorId: reqB.vendorId,
        kinds: ["instructions_for_use"],
        question: "",
        message: "",
        dueDate: inDays(3),
        linkDays: 30,
      }),
    );
    expect(onForeignSystem).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // The pages' reads: another organisation's vendor and request are "not found".
    const { getVendor } = await import("@/lib/dal/vendors/vendors");
    const { getVendorRequest } = await import("@/lib/dal/vendors/requests");
    await expect(getVendor(b.admin, reqA.vendorId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getVendorRequest(b.admin, reqA.requestId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const decided = await as(b.admin, () =>
      actions.decideVendorExtensionAction({ requestId: reqA.requestId, accept: true }),
    );
    expect(decided).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses revoked, expired and unknown links with one answer, and the audit says which", async () => {
    const revoked = await sendRequest(a);
    ok(await as(a.admin, () => actions.revokeVendorRequestAction({ requestId: revoked.requestId })));
    const expired = await sendRequest(a);
    await db().vendorRequest.update({
      where: { id: expired.requestId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const unknown = "A".repeat(43);
    const answers = await Promise.all(
      [revoked.token, expired.token, unknown].map((token) =>
        portal.answerVendorItemAction({ token, itemId: revoked.item("registration_number").id, answer: "x" }),
      ),
    );
    const messages = new Set(answers.map((r) => (r.ok ? "ok" : `${r.code}:${r.error}`)));
    expect(messages.size).toBe(1);
    expect([...messages][0]).toMatch(/^NOT_FOUND:This link does not work/);
    await expect(viewVendorRequest(revoked.token, null)).rejects.toThrow(/This link does not work/);
    const upload = await post(expired.token, expired.item("instructions_for_use").id, "ifu.pdf", pdfBytes());
    expect(upload.status).toBe(404);
    const refusals = await db().auditEvent.findMany({
      where: { organizationId: a.organizationId, action: "vendor_request.refused" },
      select: { entityId: true, after: true },
    });
    expect(refusals.find((e) => e.entityId === revoked.requestId)?.after).toMatchObject({ reason: "revoked" });
    expect(refusals.find((e) => e.entityId === expired.requestId)?.after).toMatchObject({ reason: "expired" });
  });

  it("lets the vendor ask for more time, which the requester accepts, moving the due date", async () => {
    const req = await sendRequest(a);
    const until = inDays(40);
    ok(await portal.askVendorExtensionAction({ token: req.token, until, reason: "Our notified body is late." }));
    const { getVendorRequest } = await import("@/lib/dal/vendors/requests");
    ok(await as(a.admin, () => actions.decideVendorExtensionAction({ requestId: req.requestId, accept: true })));
    const after = await getVendorRequest(a.admin, req.requestId);
    expect(after.effectiveDueDate.toISOString().slice(0, 10)).toBe(until);
    const early = await portal.askVendorExtensionAction({ token: req.token, until: inDays(1), reason: "x" });
    expect(early).toMatchObject({ ok: false, fieldErrors: { until: [expect.any(String)] } });
  });

  it("pre-chooses the instructions, the declaration and the registration for a deployer of a high-risk system", async () => {
    const { vendorRequestForm } = await import("@/lib/dal/vendors/requests");
    const form = await vendorRequestForm(a.admin, a.systemId);
    expect(form.preselected).toEqual(["instructions_for_use", "declaration_of_conformity", "registration_number"]);
  });

  it("rate-limits one link", async () => {
    const req = await sendRequest(b);
    let limited = false;
    for (let i = 0; i < 70 && !limited; i++) {
      const r = await portal.answerVendorItemAction({ token: req.token, itemId: "nope", answer: "x" });
      if (!r.ok && r.code === "RATE_LIMITED") limited = true;
    }
    expect(limited).toBe(true);
  });
});
