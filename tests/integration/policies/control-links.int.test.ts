import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { as, ok, policyState, saveInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/policies/actions");
const { controlsOfPolicy, policiesOfControl } = await import("@/lib/dal/policies/control-links");

type Actor = Awaited<ReturnType<typeof addMember>>;

async function publishedPolicy(officer: Actor, legal: Actor, title: string) {
  const { id } = ok(await as(officer, () => actions.startPolicyAction({ template: "acceptable-use" })));
  ok(await as(officer, () => actions.savePolicyAction(saveInput(id, 1, { title }))));
  const versionId = (await policyState(id)).versions[0]!.id;
  ok(await as(officer, () => actions.submitVersionAction({ versionId })));
  ok(await as(legal, () => actions.approveVersionAction({ versionId })));
  ok(await as(legal, () => actions.publishVersionAction({ versionId })));
  return id;
}

// A published policy as evidence for ISO/IEC 42001 and NIST AI RMF controls: listed on the policy and under the
// control, checked against the crosswalk's data, only in force, only in its own organisation.
describe("linking a policy to standards controls", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  let officer: Actor;
  let legal: Actor;
  let policyId: string;

  beforeAll(async () => {
    org = await createOrganization("Controls");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    legal = await addMember(org.organizationId, "LEGAL");
    policyId = await publishedPolicy(officer, legal, "Acceptable use of AI");
  });

  it("lists the control on the policy and the policy under the control, once however often it is linked", async () => {
    ok(await as(officer, () => actions.linkPolicyToControlAction({ policyId, control: "iso-42001:A.2.2" })));
    ok(await as(legal, () => actions.linkPolicyToControlAction({ policyId, control: "nist-ai-rmf:GOVERN 1.2" })));
    ok(await as(officer, () => actions.linkPolicyToControlAction({ policyId, control: "iso-42001:A.2.2" })));
    expect(await controlsOfPolicy(officer, policyId)).toMatchObject([
      { framework: "iso-42001", frameworkName: "ISO/IEC 42001", controlId: "A.2.2" },
      { framework: "nist-ai-rmf", controlId: "GOVERN 1.2" },
    ]);
    expect(await policiesOfControl(officer, "iso-42001", "A.2.2")).toMatchObject([
      { policyId, title: "Acceptable use of AI", published: { number: 1 } },
    ]);
    const audit = await db().auditEvent.findMany({
      where: { organizationId: org.organizationId, action: "policy.linked_to_control" },
    });
    expect(audit.map((a) => a.after)).toEqual([
      expect.objectContaining({ framework: "iso-42001", controlId: "A.2.2" }),
      expect.objectContaining({ framework: "nist-ai-rmf", controlId: "GOVERN 1.2" }),
    ]);
  });

  it("refuses a control that is not in the crosswalk, beside the list", async () => {
    for (const control of ["iso-42001:A.99.1", "pci-dss:1.1", "A.2.2", ":A.2.2"]) {
      const r = await as(officer, () => actions.linkPolicyToControlAction({ policyId, control }));
      expect(r, control).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { control: [expect.any(String)] },
      });
    }
    expect(await db().policyControlLink.count({ where: { policyId } })).toBe(2);
  });

  it("refuses a policy with no version in force, and shows a retired one as such under the control", async () => {
    const { id: draft } = ok(await as(officer, () => actions.startPolicyAction({ template: "blank" })));
    const r = await as(officer, () =>
      actions.linkPolicyToControlAction({ policyId: draft, control: "iso-42001:A.2.2" }),
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { control: [expect.stringMatching(/^Publish this policy first/)] },
    });
    const retiring = await publishedPolicy(officer, legal, "Old rules");
    ok(await as(officer, () => actions.linkPolicyToControlAction({ policyId: retiring, control: "iso-42001:A.2.2" })));
    ok(await as(legal, () => actions.retirePolicyAction({ policyId: retiring })));
    const listed = await policiesOfControl(officer, "iso-42001", "A.2.2");
    expect(listed.map((p) => [p.title, p.published?.number ?? null])).toEqual([
      ["Acceptable use of AI", 1],
      ["Old rules", null],
    ]);
  });

  it("lets only those who add evidence link, and keeps each organisation to its own policies", async () => {
    const manager = await addMember(org.organizationId, "MANAGER");
    const r = await as(manager, () => actions.linkPolicyToControlAction({ policyId, control: "iso-42001:A.3.2" }));
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const other = await createOrganization("Other controls");
    const stranger = await addMember(other.organizationId, "COMPLIANCE_OFFICER");
    const cross = await as(stranger, () => actions.linkPolicyToControlAction({ policyId, control: "iso-42001:A.3.2" }));
    expect(cross).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await policiesOfControl(stranger, "iso-42001", "A.2.2")).toEqual([]);
    const [link] = await controlsOfPolicy(officer, policyId);
    const unlinkCross = await as(stranger, () => actions.unlinkPolicyControlAction({ linkId: link!.linkId }));
    expect(unlinkCross).toMatchObject({ ok: false, code: "NOT_FOUND" });
    ok(await as(legal, () => actions.unlinkPolicyControlAction({ linkId: link!.linkId })));
    expect((await controlsOfPolicy(officer, policyId)).map((c) => c.controlId)).toEqual(["GOVERN 1.2"]);
  });
});
