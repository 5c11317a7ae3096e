import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { as, ok, policyState, saveInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/policies/actions");
const { policyCoverages } = await import("@/lib/dal/policies/acknowledgements");

type Org = Awaited<ReturnType<typeof createOrganization>>;

describe("a policy's way from template to publication", () => {
  let org: Org;
  let officer: Awaited<ReturnType<typeof addMember>>;
  let legal: Awaited<ReturnType<typeof addMember>>;
  let manager: Awaited<ReturnType<typeof addMember>>;
  let auditor: Awaited<ReturnType<typeof addMember>>;
  beforeEach(async () => {
    org = await createOrganization("Policies");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    legal = await addMember(org.organizationId, "LEGAL");
    manager = await addMember(org.organizationId, "MANAGER");
    auditor = await addMember(org.organizationId, "AUDITOR");
  });

  async function draftedAndSubmitted(over = {}) {
    const { id } = ok(await as(officer, () => actions.startPolicyAction({ template: "acceptable-use" })));
    ok(await as(officer, () => actions.savePolicyAction(saveInput(id, 1, over))));
    const versionId = (await policyState(id)).versions[0]!.id;
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    return { id, versionId };
  }

  it("starts a draft from a template, owned by its author, with our template's text", async () => {
    const { id } = ok(await as(officer, () => actions.startPolicyAction({ template: "human-oversight" })));
    const policy = await policyState(id);
    expect(policy).toMatchObject({ kind: "HUMAN_OVERSIGHT", ownerId: officer.userId, audienceAll: true });
    expect(policy.versions).toHaveLength(1);
    expect(policy.versions[0]).toMatchObject({ number: 1, status: "DRAFT", authorId: officer.userId });
    expect(policy.versions[0]!.body).toContain("Named overseers");
  });

  it("lets only administrators and compliance officers draft, and only administrators and legal approve and publish", async () => {
    for (const actor of [legal, manager, auditor]) {
      const r = await as(actor, () => actions.startPolicyAction({ template: "blank" }));
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    const { id, versionId } = await draftedAndSubmitted();
    for (const actor of [officer, manager, auditor])
      expect(await as(actor, () => actions.approveVersionAction({ versionId }))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    ok(await as(legal, () => actions.approveVersionAction({ versionId })));
    for (const actor of [officer, manager, auditor])
      expect(await as(actor, () => actions.publishVersionAction({ versionId }))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    const { notified } = ok(await as(legal, () => actions.publishVersionAction({ versionId })));
    expect(notified).toBe(5); // everyone: admin, officer, legal, manager, auditor
    const policy = await policyState(id);
    expect(policy.versions[0]).toMatchObject({ status: "PUBLISHED", approvedById: legal.userId });
    expect(policy.versions[0]!.publishedAt).toBeInstanceOf(Date);
  });

  it("refuses steps out of order: a draft cannot be approved, nor an unapproved version published", async () => {
    const { id } = ok(await as(officer, () => actions.startPolicyAction({ template: "risk-management" })));
    const versionId = (await policyState(id)).versions[0]!.id;
    expect(await as(legal, () => actions.approveVersionAction({ versionId }))).toMatchObject({ code: "CONFLICT" });
    expect(await as(legal, () => actions.publishVersionAction({ versionId }))).toMatchObject({ code: "CONFLICT" });
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    expect(await as(officer, () => actions.savePolicyAction(saveInput(id, 1)))).toMatchObject({ code: "CONFLICT" });
    ok(await as(legal, () => actions.returnToDraftAction({ versionId })));
    ok(await as(officer, () => actions.savePolicyAction(saveInput(id, 1, { body: "Changed after legal's comments" }))));
  });

  it("notifies only the audience when a version is published, and a new publication retires the one before", async () => {
    const { id, versionId } = await draftedAndSubmitted({ audienceAll: false, audienceRoles: ["MANAGER", "AUDITOR"] });
    ok(await as(legal, () => actions.approveVersionAction({ versionId })));
    ok(await as(legal, () => actions.publishVersionAction({ versionId })));
    const notes = await db().notification.findMany({
      where: { organizationId: org.organizationId, kind: "policy_published" },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([manager.userId, auditor.userId].sort());
    expect(notes[0]).toMatchObject({ href: `/policies/${id}` });

    const { versionId: v2 } = ok(await as(officer, () => actions.startNewVersionAction({ policyId: id })));
    const state = await policyState(id);
    ok(await as(officer, () => actions.savePolicyAction(saveInput(id, state.version, { audienceAll: true }))));
    ok(await as(officer, () => actions.submitVersionAction({ versionId: v2 })));
    ok(await as(legal, () => actions.approveVersionAction({ versionId: v2 })));
    ok(await as(legal, () => actions.publishVersionAction({ versionId: v2 })));
    const after = await policyState(id);
    expect(after.versions.map((v) => [v.number, v.status])).toEqual([
      [1, "RETIRED"],
      [2, "PUBLISHED"],
    ]);
    // Acknowledgements are per version: the retired one can no longer be acknowledged, and coverage starts again.
    expect(await as(manager, () => actions.acknowledgePolicyAction({ versionId }))).toMatchObject({ code: "CONFLICT" });
    const coverage = (await policyCoverages(org.admin, id)).get(id);
    expect(coverage).toMatchObject({ number: 2, acknowledged: 0, total: 5 });
  });

  it("keeps the last writer and the submitter from approving while someone else can approve", async () => {
    const { id } = ok(await as(org.admin, () => actions.startPolicyAction({ template: "data-governance" })));
    const versionId = (await policyState(id)).versions[0]!.id;
    ok(await as(org.admin, () => actions.submitVersionAction({ versionId })));
    const refused = await as(org.admin, () => actions.approveVersionAction({ versionId }));
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(!refused.ok && refused.error).toMatch(/another administrator or legal member must approve/);
    // The officer submitted nothing here; legal, who neither wrote nor submitted it, approves.
    ok(await as(legal, () => actions.approveVersionAction({ versionId })));
    expect((await policyState(id)).versions[0]).toMatchObject({ status: "APPROVED", selfApproved: false });
  });

  it("lets the author approve when no one else in the organisation can, and says so on the version", async () => {
    const solo = await createOrganization("Solo");
    const { id } = ok(await as(solo.admin, () => actions.startPolicyAction({ template: "acceptable-use" })));
    const versionId = (await policyState(id)).versions[0]!.id;
    ok(await as(solo.admin, () => actions.submitVersionAction({ versionId })));
    ok(await as(solo.admin, () => actions.approveVersionAction({ versionId })));
    expect((await policyState(id)).versions[0]).toMatchObject({ status: "APPROVED", selfApproved: true });
    const audit = await db().auditEvent.findFirst({
      where: { organizationId: solo.organizationId, action: "policy.approved" },
    });
    expect(audit?.after).toMatchObject({ selfApproved: true });
  });
});
