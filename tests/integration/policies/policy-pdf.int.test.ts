import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addMember, createOrganization } from "../../helpers/factories";
import { pdfsig } from "../../helpers/pdfsig";
import { as, ok, policyState, saveInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/policies/actions");
type Handler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const { GET } = (await import("@/app/(app)/policies/[id]/pdf/route")) as unknown as { GET: Handler };
const download = (id: string, query = "") =>
  GET(new NextRequest(`http://localhost/policies/${id}/pdf${query}`), { params: Promise.resolve({ id }) });

// Poppler's pdftotext, as a reader would see the page.
async function textOf(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "actlas-policy-pdf-"));
  try {
    await writeFile(path.join(dir, "p.pdf"), pdf);
    return (await promisify(execFile)("pdftotext", ["-layout", path.join(dir, "p.pdf"), "-"])).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const BODY =
  "## 1. Purpose\n\nUse **approved** tools only.\n\n## 2. Rules\n\n- Check every answer\n- Report <b>misuse</b>";

// A published policy as a signed PDF, from its page's link: its text from the Markdown (headings and list items),
// who approved it and for whom; drafts have none; other organisations get 404.
describe("a policy version as PDF", () => {
  let officer: Awaited<ReturnType<typeof addMember>>;
  let manager: Awaited<ReturnType<typeof addMember>>;
  let policyId: string;

  beforeAll(async () => {
    const org = await createOrganization("Policy PDF");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    const legal = await addMember(org.organizationId, "LEGAL");
    manager = await addMember(org.organizationId, "MANAGER");
    ({ id: policyId } = ok(await as(officer, () => actions.startPolicyAction({ template: "acceptable-use" }))));
    ok(await as(officer, () => actions.savePolicyAction(saveInput(policyId, 1, { body: BODY }))));
    const versionId = (await policyState(policyId)).versions[0]!.id;
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    ok(await as(legal, () => actions.approveVersionAction({ versionId })));
    ok(await as(legal, () => actions.publishVersionAction({ versionId })));
    ok(await as(officer, () => actions.startNewVersionAction({ policyId })));
  });

  it("is the version in force, its Markdown laid out as headings and list items, signed", async () => {
    session.actor = manager;
    const r = await download(policyId);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/pdf");
    expect(r.headers.get("content-disposition")).toContain("acceptable-use-of-ai-v1.pdf");
    const pdf = new Uint8Array(await r.arrayBuffer());
    expect((await pdfsig(pdf)).valid).toBe(true);
    const text = await textOf(pdf);
    expect(text).toContain("Acceptable use of AI");
    expect(text).toContain("version 1, in force");
    expect(text).toMatch(/1\. Purpose\s+Use approved tools only\./);
    expect(text).toMatch(/•\s+Check every answer\s+•\s+Report <b>misuse<\/b>/);
    expect(text).not.toContain("**");
    expect(text).not.toContain("##");
  });

  it("serves a version that was published by number, not a draft, and nothing to another organisation", async () => {
    session.actor = manager;
    expect((await download(policyId, "?version=1")).status).toBe(200);
    expect((await download(policyId, "?version=2")).status).toBe(404);
    expect((await download(policyId, "?version=two")).status).toBe(400);
    session.actor = (await createOrganization("Policy PDF, other")).admin;
    const r = await download(policyId);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toContain("Acceptable use");
    session.actor = null;
    expect((await download(policyId)).status).toBe(401);
  });
});
