import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { POST as uploadRoute } from "@/app/(app)/systems/[id]/evidence/upload/route";
import { createOrganization, createSystem } from "../../helpers/factories";
import { pdfBytes } from "../../unit/evidence/fixtures";
import { call, tokenFor } from "../api/helpers";

// A file name with a NUL (or another control character) reached Postgres, which refuses NUL in text: the upload
// answered 500. It must be a validation error on the file field, through both entry points, with nothing stored.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const BAD_NAMES = ["risk\u0000.pdf", "risk\u0007.pdf", "line\nbreak.pdf", "right-to-left\u202Efdp.exe", "tab\t.pdf"];

const formWith = (name: string) => {
  const form = new FormData();
  form.set("file", new File([Buffer.from(pdfBytes("policy"))], name, { type: "application/pdf" }));
  return form;
};

async function organisation() {
  const org = await createOrganization("Upload names");
  const systemId = await createSystem(org.organizationId, "Chatbot");
  return { ...org, systemId };
}

describe("evidence uploads with control characters in the file name", () => {
  it.each(BAD_NAMES)("the app's upload route answers a validation error on the file field for %j", async (name) => {
    const { admin, systemId } = await organisation();
    session.actor = admin;
    const request = new NextRequest(`http://localhost/systems/${systemId}/evidence/upload`, {
      method: "POST",
      body: formWith(name),
    });
    const response = await uploadRoute(request, { params: Promise.resolve({ id: systemId }) });
    const body = await response.json();
    expect(response.status).toBe(422);
    expect(body).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/file name/i)] } });
    expect(await db().evidence.count({ where: { systemId } })).toBe(0);
  });

  it.each(BAD_NAMES)("the API answers a validation problem on `file` for %j", async (name) => {
    const { admin, systemId } = await organisation();
    const token = await tokenFor(admin);
    const response = await call("POST", "/systems/{id}/evidence", {
      token,
      params: { id: systemId },
      form: formWith(name),
    });
    expect(response.status).toBe(422);
    expect(response.body.errors).toMatchObject({ file: [expect.stringMatching(/file name/i)] });
    expect(await db().evidence.count({ where: { systemId } })).toBe(0);
  });

  it("still accepts ordinary names, accents and spaces included", async () => {
    const { admin, systemId } = await organisation();
    const token = await tokenFor(admin);
    const response = await call("POST", "/systems/{id}/evidence", {
      token,
      params: { id: systemId },
      form: formWith("Évaluation des risques – v2.pdf"),
    });
    expect(response.status).toBe(201);
    expect(
      await db().evidenceVersion.findFirst({ where: { evidence: { systemId } }, select: { fileName: true } }),
    ).toEqual({ fileName: "Évaluation des risques – v2.pdf" });
  });
});
