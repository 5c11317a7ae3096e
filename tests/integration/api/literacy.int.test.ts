import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { API_ROUTES } from "@/lib/api/routes";
import { createLearningItem } from "@/lib/dal/literacy/items";
import { createPerson } from "@/lib/dal/literacy/people";
import { assignOperator } from "@/lib/dal/literacy/completions";
import { db } from "@/lib/db/client";
import { ZLearningItem } from "@/lib/validations/literacy";
import { one } from "../../helpers/expect-defined";
import { createOrganization, createSystem } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// A learning-management system pushes completions, and a dashboard reads coverage, through the REST API and the
// same data layer as the /literacy page.
async function setup() {
  const { organizationId, admin } = await createOrganization();
  const token = await tokenFor(admin, ["read", "systems:write"]);
  const systemId = await createSystem(organizationId, "Chatbot");
  const person = await createPerson(admin, { name: "Ann", email: "ann@x.example", jobRole: "", businessUnitId: null });
  await assignOperator(admin, { systemId, personId: person.id, role: "OPERATOR" });
  const item = await createLearningItem(
    admin,
    ZLearningItem.parse({
      title: "AI basics",
      kind: "COURSE",
      description: "",
      validityMonths: "12",
      intendedRoles: "",
      allSystems: true,
      systemIds: [],
    }),
  );
  return { organizationId, admin, token, systemId, personId: person.id, itemId: item.id };
}

function expectDocumented(operationId: string, body: unknown) {
  const route = one(API_ROUTES.filter((r) => r.operationId === operationId));
  const parsed = (route.response as z.ZodType).safeParse(body);
  expect(parsed.success, `${operationId}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
  expect(parsed.data, `${operationId} sends only documented fields`).toEqual(body);
}

const push = (token: string, json: unknown) => call("POST", "/literacy/completions", { token, json });
const coverage = (token: string) => call("GET", "/literacy/coverage", { token });

describe("API: AI literacy", () => {
  it("records a completion pushed by e-mail, with expiry from the refresher cycle, and coverage rises", async () => {
    const { organizationId, token, systemId, personId, itemId } = await setup();
    const before = await coverage(token);
    expect(before.status).toBe(200);
    expectDocumented("listLiteracyCoverage", before.body);
    expect(before.body.data).toEqual([{ systemId, systemName: "Chatbot", trained: 0, total: 1, percent: 0 }]);
    const r = await push(token, {
      email: "ANN@x.example",
      itemId,
      completedOn: "2026-11-30",
      evidenceUrl: "https://lms.example/c/1",
    });
    expect(r.status).toBe(201);
    expectDocumented("recordLiteracyCompletion", r.body);
    expect(r.body).toMatchObject({ personId, itemId, completedOn: "2026-11-30", expiresOn: "2027-11-30" });
    expect((await coverage(token)).body.data).toEqual([
      { systemId, systemName: "Chatbot", trained: 1, total: 1, percent: 100 },
    ]);
    const audit = await db().auditEvent.findFirst({
      where: { organizationId, action: "literacyCompletion.recorded" },
    });
    expect(audit?.entityId).toBe(r.body.id);
  });

  it("refuses a bad link or date with the field named, and an unknown person or item as 404", async () => {
    const { token, itemId } = await setup();
    const bad = await push(token, {
      email: "ann@x.example",
      itemId,
      completedOn: "2026-02-30",
      evidenceUrl: "javascript:alert(1)",
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors)).toEqual(expect.arrayContaining(["completedOn", "evidenceUrl"]));
    expect((await push(token, { email: "nobody@x.example", itemId, completedOn: "2026-11-30" })).status).toBe(404);
    expect((await push(token, { email: "ann@x.example", itemId: "nope", completedOn: "2026-11-30" })).status).toBe(404);
  });

  it("refuses another organisation's person and item (404), and shows none of its coverage", async () => {
    const mine = await setup();
    const theirs = await setup();
    // Their item, my person's e-mail (exists in both organisations): the item is not mine.
    expect(
      (await push(mine.token, { email: "ann@x.example", itemId: theirs.itemId, completedOn: "2026-11-30" })).status,
    ).toBe(404);
    await db().literacyPerson.update({ where: { id: theirs.personId }, data: { email: "only-theirs@x.example" } });
    expect(
      (await push(mine.token, { email: "only-theirs@x.example", itemId: mine.itemId, completedOn: "2026-11-30" }))
        .status,
    ).toBe(404);
    expect(await db().literacyCompletion.count({ where: { organizationId: theirs.organizationId } })).toBe(0);
    expect((await coverage(mine.token)).body.data.map((r: { systemId: string }) => r.systemId)).toEqual([
      mine.systemId,
    ]);
  });

  it("records a completion with its certificate as multipart, checked by content like evidence", async () => {
    const { organizationId, token, itemId } = await setup();
    const form = (file: File) => {
      const f = new FormData();
      for (const [k, v] of Object.entries({ email: "ANN@x.example", itemId, completedOn: "2026-11-30" })) f.set(k, v);
      f.set("file", file);
      return f;
    };
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], "certificate.pdf");
    const refused = await call("POST", "/literacy/completions", { token, form: form(exe) });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.file[0]).toMatch(/Windows program/);
    expect(await db().literacyCompletion.count({ where: { organizationId } })).toBe(0);
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const res = await call("POST", "/literacy/completions", { token, form: form(new File([pdf], "certificate.pdf")) });
    expect(res.status).toBe(201);
    expectDocumented("recordLiteracyCompletion", res.body);
    const stored = await db().literacyCompletion.findFirstOrThrow({ where: { organizationId } });
    expect(stored).toMatchObject({ fileName: "certificate.pdf", fileMimeType: "application/pdf" });
    expect(new Uint8Array(stored.fileContent!)).toEqual(pdf);
  });

  it("needs the write scope to record and a token at all to read", async () => {
    const { admin, itemId } = await setup();
    const readOnly = await tokenFor(admin, ["read"]);
    expect((await push(readOnly, { email: "ann@x.example", itemId, completedOn: "2026-11-30" })).status).toBe(403);
    expect((await call("GET", "/literacy/coverage")).status).toBe(401);
  });
});
