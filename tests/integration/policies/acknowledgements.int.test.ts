import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { as, obligationOf, ok, placeInUnit, policyState, saveInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/policies/actions");
const { policyCoverages, policiesToRead } = await import("@/lib/dal/policies/acknowledgements");
const { policyUses, policyEvidenceForSystem } = await import("@/lib/dal/policies/evidence-links");

type Org = Awaited<ReturnType<typeof createOrganization>>;
type Actor = Awaited<ReturnType<typeof addMember>>;

// Reading a published policy: once per person and version, only for its audience; coverage by unit and by name.
describe("acknowledging a policy and its coverage", () => {
  let org: Org;
  let officer: Actor;
  let legal: Actor;
  let managers: Actor[];
  let auditor: Actor;
  let policyId: string;
  let versionId: string;
  let risk: string;

  beforeAll(async () => {
    org = await createOrganization("Readers");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    legal = await addMember(org.organizationId, "LEGAL");
    auditor = await addMember(org.organizationId, "AUDITOR");
    managers = [];
    for (let i = 0; i < 3; i++) managers.push(await addMember(org.organizationId, "MANAGER"));
    const unit = await db().businessUnit.create({ data: { organizationId: org.organizationId, name: "Risk" } });
    risk = unit.id;
    await placeInUnit(org.organizationId, managers[0]!.userId, risk);
    await placeInUnit(org.organizationId, auditor.userId, risk);
    // For managers, and for everyone in the Risk unit (the auditor): 4 people.
    ({ id: policyId } = ok(await as(officer, () => actions.startPolicyAction({ template: "risk-management" }))));
    const audience = { audienceAll: false, audienceRoles: ["MANAGER" as const], audienceUnitIds: [risk] };
    ok(await as(officer, () => actions.savePolicyAction(saveInput(policyId, 1, audience))));
    versionId = (await policyState(policyId)).versions[0]!.id;
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    ok(await as(legal, () => actions.approveVersionAction({ versionId })));
    ok(await as(legal, () => actions.publishVersionAction({ versionId })));
  });

  it("counts the audience, and rises as people acknowledge, by unit and by name", async () => {
    const coverage = async () => (await policyCoverages(org.admin, policyId)).get(policyId)!;
    expect(await coverage()).toMatchObject({ acknowledged: 0, total: 4 });
    ok(await as(managers[0]!, () => actions.acknowledgePolicyAction({ versionId })));
    ok(await as(auditor, () => actions.acknowledgePolicyAction({ versionId })));
    const after = await coverage();
    expect(after).toMatchObject({ acknowledged: 2, total: 4 });
    expect(after.byUnit).toEqual([
      { unitId: risk, name: "Risk", acknowledged: 2, total: 2 },
      { unitId: null, name: null, acknowledged: 0, total: 2 },
    ]);
    expect(after.missing.map((m) => m.userId).sort()).toEqual([managers[1]!.userId, managers[2]!.userId].sort());
  });

  it("records an acknowledgement once per person and version, and marks its notification read", async () => {
    const again = ok(await as(managers[0]!, () => actions.acknowledgePolicyAction({ versionId })));
    expect(again).toEqual({ already: true });
    expect(
      await db().policyAcknowledgement.count({ where: { policyVersionId: versionId, userId: managers[0]!.userId } }),
    ).toBe(1);
    const note = await db().notification.findFirstOrThrow({
      where: { userId: managers[0]!.userId, kind: "policy_published" },
    });
    expect(note.readAt).toBeInstanceOf(Date);
    const toRead = await policiesToRead(managers[0]!);
    expect(toRead).toMatchObject([{ policyId, number: 1, acknowledgedAt: expect.any(Date) }]);
  });

  it("refuses an acknowledgement from outside the audience; their reading list does not show it", async () => {
    const r = await as(officer, () => actions.acknowledgePolicyAction({ versionId }));
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await policiesToRead(officer)).toEqual([]);
  });

  it("links the published version as an obligation's evidence and shows where the policy is used", async () => {
    const systems = [await createSystem(org.organizationId, "A"), await createSystem(org.organizationId, "B")];
    const obligations = [
      await obligationOf(org.organizationId, systems[0]!),
      await obligationOf(org.organizationId, systems[1]!),
    ];
    for (const o of obligations)
      ok(await as(officer, () => actions.linkPolicyEvidenceAction({ obligationId: o.id, policyId })));
    // Twice is once.
    ok(await as(officer, () => actions.linkPolicyEvidenceAction({ obligationId: obligations[0]!.id, policyId })));
    expect(
      await as(auditor, () => actions.linkPolicyEvidenceAction({ obligationId: obligations[0]!.id, policyId })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    const uses = await policyUses(auditor, policyId);
    expect(uses).toMatchObject([{ article: "Art 4", systems: [{ name: "A" }, { name: "B" }] }]);
    const links = await policyEvidenceForSystem(auditor, systems[0]!);
    expect(links).toMatchObject([{ policyId, number: 1, status: "PUBLISHED" }]);
    ok(await as(officer, () => actions.unlinkPolicyEvidenceAction({ linkId: links[0]!.linkId })));
    expect(await policyEvidenceForSystem(auditor, systems[0]!)).toEqual([]);
  });
});
