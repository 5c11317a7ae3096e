import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { pdfsig } from "../../helpers/pdfsig";

// The Statement of Applicability downloads through their route handler, as the page's links fetch them: CSV with
// neutralised formulas, and a PDF signed with the organisation's certificate. Only the session lookup is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Handler = (request: NextRequest, context: { params: Promise<{ framework: string }> }) => Promise<Response>;
const { GET } = (await import("@/app/(app)/standards/[framework]/soa/route")) as unknown as { GET: Handler };
const download = (framework: string, format: string) =>
  GET(new NextRequest(`http://localhost/standards/${framework}/soa?format=${format}`), {
    params: Promise.resolve({ framework }),
  });

let orgId: string;
let auditor: UserActor;
beforeAll(async () => {
  const org = await createOrganization("SoA export");
  orgId = org.organizationId;
  auditor = await addMember(orgId, "AUDITOR");
  await db().controlApplicability.create({
    data: {
      organizationId: orgId,
      framework: "iso-42001",
      controlId: "A.3.3",
      applicable: false,
      justification: '=HYPERLINK("x") we have a works council channel',
    },
  });
});

describe("Statement of Applicability export", () => {
  it("is a CSV of the 38 controls for any member (the auditor too), formulas neutralised", async () => {
    session.actor = auditor;
    const r = await download("iso-42001", "csv");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/iso-42001-statement-of-applicability-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (await r.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(39);
    const row = lines.find((l) => l.startsWith("A.3.3,"));
    expect(row).toContain("Excluded");
    expect(row).toContain("'=HYPERLINK");
  });

  it("is a PDF signed with the organisation's certificate", async () => {
    session.actor = auditor;
    const r = await download("iso-42001", "pdf");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/pdf");
    const pdf = new Uint8Array(await r.arrayBuffer());
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    expect((await pdfsig(pdf)).valid).toBe(true);
  });

  it("has no Statement for a framework without one, and refuses a non-member", async () => {
    session.actor = auditor;
    expect((await download("nist-ai-rmf", "csv")).status).toBe(404);
    expect((await download("nope", "csv")).status).toBe(404);
    session.actor = (await createOrganization("Other")).admin;
    const other = await (await download("iso-42001", "csv")).text();
    expect(other).not.toContain("works council");
  });
});
