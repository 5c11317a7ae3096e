import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { pdfsig } from "../../helpers/pdfsig";
import { item, ok, unit } from "./fixtures";

// The register for auditors through its route handler, as the page's links fetch it: CSV (formulas neutralised,
// a person without training listed as a gap) and a PDF signed with the organisation's certificate.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const a = await import("@/app/(app)/literacy/actions");
type Handler = (request: NextRequest) => Promise<Response>;
const { GET } = (await import("@/app/(app)/literacy/register/route")) as unknown as { GET: Handler };
const download = (format: string) => GET(new NextRequest(`http://localhost/literacy/register?format=${format}`));

let auditor: UserActor;
beforeAll(async () => {
  const org = await createOrganization("Register export");
  const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
  auditor = await addMember(org.organizationId, "AUDITOR");
  session.actor = officer;
  const hr = await unit(org.organizationId, "Human resources");
  const system = await createSystem(org.organizationId, "CV screening");
  const ann = ok(
    await a.createPersonAction({ name: "Ann", email: "ann@x.example", jobRole: "Recruiter", businessUnitId: hr.id }),
  );
  ok(await a.createPersonAction({ name: "Bo", email: "bo@x.example", jobRole: "", businessUnitId: "" }));
  ok(await a.assignOperatorAction({ systemId: system, personId: ann.id, role: "OPERATOR" }));
  const course = ok(await a.createLearningItemAction(item({ title: "AI basics", validityMonths: "12" })));
  for (const [completedOn, evidenceNote] of [
    ["2020-03-01", '=HYPERLINK("x") old course'],
    ["2026-11-01", "Passed the quiz"],
  ] as const)
    ok(
      await a.recordCompletionAction({
        personId: ann.id,
        itemId: course.id,
        completedOn,
        expiresOn: "",
        evidenceNote,
        evidenceUrl: "https://lms.example/ann",
      }),
    );
});

describe("AI-literacy register export", () => {
  it("is a CSV for any member (the auditor too): a line per training, gaps listed, formulas neutralised", async () => {
    session.actor = auditor;
    const r = await download("csv");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/ai-literacy-register-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (await r.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      "Person,E-mail,Business unit,Job role,Learning item,Completed,Expires,Status,Evidence note,Evidence link,Evidence file,Evidence file SHA-256",
    );
    expect(lines.slice(1)).toEqual([
      "Ann,ann@x.example,Human resources,Recruiter,AI basics,2026-11-01,2027-11-01,Current,Passed the quiz,https://lms.example/ann,,",
      `Ann,ann@x.example,Human resources,Recruiter,AI basics,2020-03-01,2021-03-01,Expired,"'=HYPERLINK(""x"") old course",https://lms.example/ann,,`,
      "Bo,bo@x.example,,,,,,No training recorded,,,,",
    ]);
  });

  it("is a PDF signed with the organisation's certificate", async () => {
    session.actor = auditor;
    const r = await download("pdf");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/pdf");
    const pdf = new Uint8Array(await r.arrayBuffer());
    expect((await pdfsig(pdf)).valid).toBe(true);
  });

  it("shows another organisation nothing of this register", async () => {
    session.actor = (await createOrganization("Other")).admin;
    const text = await (await download("csv")).text();
    expect(text).not.toContain("ann@x.example");
  });
});
