import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { API_ROUTES, openApiDocument } from "@/lib/api/routes";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";
import { as, ok, policyState, saveInput, session } from "../policies/fixtures";
import { tokenFor } from "./helpers";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/policies/actions");
// The route files Next serves, called with real Requests.
const list = await import("@/app/api/v1/policies/route");
const single = await import("@/app/api/v1/policies/[policyId]/route");

async function get(handler: typeof list.GET, path: string, token: string | null, params: Record<string, string> = {}) {
  const headers = new Headers(token ? { authorization: `Bearer ${token}` } : {});
  const response = await handler(new Request(`http://actlas.test/api/v1${path}`, { headers }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, body: await response.json() };
}

const documented = (operationId: string, body: unknown) =>
  (one(API_ROUTES.filter((r) => r.operationId === operationId)).response as z.ZodType).parse(body);

// The policies over the REST API: read only, the version in force with how many of its audience acknowledged it.
describe("REST API: policies", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  let token: string;
  let policyId: string;
  let draftId: string;

  beforeAll(async () => {
    org = await createOrganization("API policies");
    const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    const legal = await addMember(org.organizationId, "LEGAL");
    const manager = await addMember(org.organizationId, "MANAGER");
    await addMember(org.organizationId, "MANAGER");
    token = await tokenFor(org.admin, ["read"]);
    ({ id: policyId } = ok(await as(officer, () => actions.startPolicyAction({ template: "acceptable-use" }))));
    const audience = { audienceAll: false, audienceRoles: ["MANAGER" as const], body: "## Rules\n\n- Be careful." };
    ok(await as(officer, () => actions.savePolicyAction(saveInput(policyId, 1, audience))));
    const versionId = (await policyState(policyId)).versions[0]!.id;
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    ok(await as(legal, () => actions.approveVersionAction({ versionId })));
    ok(await as(legal, () => actions.publishVersionAction({ versionId })));
    ok(await as(manager, () => actions.acknowledgePolicyAction({ versionId })));
    ok(await as(officer, () => actions.linkPolicyToControlAction({ policyId, control: "iso-42001:A.2.2" })));
    ({ id: draftId } = ok(await as(officer, () => actions.startPolicyAction({ template: "blank" }))));
  });

  it("lists every policy with its version in force and acknowledgement coverage, by title, in pages", async () => {
    const r = await get(list.GET, "/policies?pageSize=1", token);
    expect(r.status).toBe(200);
    documented("listPolicies", r.body);
    expect(r.body.data).toMatchObject([
      {
        id: policyId,
        title: "Acceptable use of AI",
        latest: { number: 1, status: "PUBLISHED" },
        current: { number: 1, publishedAt: expect.any(String) },
        acknowledgements: { acknowledged: 1, total: 2, percent: 50 },
      },
    ]);
    expect(r.body.pagination).toMatchObject({ total: 2, next: expect.stringContaining("page=2") });
    const second = await get(list.GET, "/policies?page=2&pageSize=1", token);
    expect(second.body.data).toMatchObject([
      { id: draftId, title: "New policy", current: null, acknowledgements: null, latest: { status: "DRAFT" } },
    ]);
  });

  it("reads one policy with its audience, the text in force as Markdown and its linked controls", async () => {
    const r = await get(single.GET, `/policies/${policyId}`, token, { policyId });
    expect(r.status).toBe(200);
    documented("getPolicy", r.body);
    expect(r.body).toMatchObject({
      audience: { all: false, roles: ["MANAGER"], units: [] },
      text: "## Rules\n\n- Be careful.",
      approvedBy: expect.any(String),
      controls: [{ framework: "iso-42001", controlId: "A.2.2", title: expect.any(String) }],
    });
    const draft = await get(single.GET, `/policies/${draftId}`, token, { policyId: draftId });
    expect(draft.body).toMatchObject({ text: null, current: null, controls: [] });
  });

  it("answers 401 without a token and 404 for another organisation's policy", async () => {
    expect((await get(list.GET, "/policies", null)).status).toBe(401);
    const other = await createOrganization("API policies, other");
    const stranger = await tokenFor(other.admin, ["read"]);
    expect((await get(single.GET, `/policies/${policyId}`, stranger, { policyId })).status).toBe(404);
    const theirs = await get(list.GET, "/policies", stranger);
    expect(theirs.body.data).toEqual([]);
  });

  it("is in the OpenAPI document, read only", () => {
    const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths["/policies"] ?? {})).toEqual(["get"]);
    expect(Object.keys(paths["/policies/{policyId}"] ?? {})).toEqual(["get"]);
  });
});
