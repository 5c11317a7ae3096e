import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { as, obligationOf, ok, policyState, saveInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/policies/actions");

type Org = Awaited<ReturnType<typeof createOrganization>>;

// Another organisation's policy, version, member, business unit and obligation, each aimed at every action that
// takes one: refused, and nothing of either organisation changes. The database's own keys hold too.
describe("policies across organisations", () => {
  let home: Org;
  let away: Org;
  let awayPolicy: string;
  let awayVersion: string;
  let awayUnit: string;
  let awayObligation: string;
  let homePolicy: string;
  let homeVersion: string;

  async function published(org: Org, legal: Awaited<ReturnType<typeof addMember>>) {
    const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    const { id } = ok(await as(officer, () => actions.startPolicyAction({ template: "acceptable-use" })));
    const versionId = (await policyState(id)).versions[0]!.id;
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    ok(await as(legal, () => actions.approveVersionAction({ versionId })));
    ok(await as(legal, () => actions.publishVersionAction({ versionId })));
    return { id, versionId };
  }

  beforeAll(async () => {
    home = await createOrganization("Home");
    away = await createOrganization("Away");
    ({ id: homePolicy, versionId: homeVersion } = await published(home, await addMember(home.organizationId, "LEGAL")));
    ({ id: awayPolicy, versionId: awayVersion } = await published(away, await addMember(away.organizationId, "LEGAL")));
    awayUnit = (await db().businessUnit.create({ data: { organizationId: away.organizationId, name: "Away unit" } }))
      .id;
    const awaySystem = await createSystem(away.organizationId, "Away system");
    awayObligation = (await obligationOf(away.organizationId, awaySystem)).id;
  });

  async function snapshot() {
    const where = { organizationId: { in: [home.organizationId, away.organizationId] } };
    return Promise.all([
      db().policy.findMany({ where, orderBy: { id: "asc" } }),
      db().policyVersion.findMany({ where, orderBy: { id: "asc" } }),
      db().policyAcknowledgement.count({ where }),
      db().policyEvidenceLink.count({ where }),
      db().policyAudienceUnit.count({ where }),
    ]);
  }

  it("refuses another organisation's policy, version, owner, unit and obligation, and changes nothing", async () => {
    const before = await snapshot();
    const admin = home.admin;
    const refused = [
      await as(admin, () => actions.savePolicyAction(saveInput(awayPolicy, 1))),
      await as(admin, () => actions.startNewVersionAction({ policyId: awayPolicy })),
      await as(admin, () => actions.retirePolicyAction({ policyId: awayPolicy })),
      await as(admin, () => actions.submitVersionAction({ versionId: awayVersion })),
      await as(admin, () => actions.returnToDraftAction({ versionId: awayVersion })),
      await as(admin, () => actions.approveVersionAction({ versionId: awayVersion })),
      await as(admin, () => actions.publishVersionAction({ versionId: awayVersion })),
      await as(admin, () => actions.acknowledgePolicyAction({ versionId: awayVersion })),
      await as(admin, () => actions.linkPolicyEvidenceAction({ obligationId: awayObligation, policyId: homePolicy })),
    ];
    for (const r of refused) expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Their policy on our obligation: not a published policy of ours.
    const homeSystem = await createSystem(home.organizationId, "Home system");
    const homeObligation = (await obligationOf(home.organizationId, homeSystem)).id;
    expect(
      await as(admin, () => actions.linkPolicyEvidenceAction({ obligationId: homeObligation, policyId: awayPolicy })),
    ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { policyId: [expect.any(String)] } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses another organisation's member as owner and its business unit in the audience", async () => {
    const { id } = ok(await as(home.admin, () => actions.startPolicyAction({ template: "blank" })));
    const owner = await as(home.admin, () =>
      actions.savePolicyAction(saveInput(id, 1, { ownerId: away.admin.userId })),
    );
    expect(owner).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { ownerId: [expect.any(String)] } });
    const unit = await as(home.admin, () =>
      actions.savePolicyAction(saveInput(id, 1, { audienceAll: false, audienceUnitIds: [awayUnit] })),
    );
    expect(unit).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { audienceUnitIds: [expect.any(String)] },
    });
    expect((await policyState(id)).version).toBe(1);
  });

  it("keeps people in their organisation in the database itself (composite keys to Membership)", async () => {
    await expect(
      db().policy.update({ where: { id: homePolicy }, data: { ownerId: away.admin.userId } }),
    ).rejects.toThrow(/Policy_ownerId_org_fk/);
    await expect(
      db().policyAcknowledgement.create({
        data: { organizationId: home.organizationId, policyVersionId: homeVersion, userId: away.admin.userId },
      }),
    ).rejects.toThrow(/PolicyAcknowledgement_userId_org_fk/);
    await expect(
      db().policyEvidenceLink.create({
        data: { organizationId: home.organizationId, obligationId: awayObligation, policyVersionId: homeVersion },
      }),
    ).rejects.toThrow(/PolicyEvidenceLink_obligationId_org_fk/);
  });

  it("keeps a leaving member's acknowledgement as a name, and drops them from coverage", async () => {
    const reader = await addMember(home.organizationId, "AUDITOR");
    ok(await as(reader, () => actions.acknowledgePolicyAction({ versionId: homeVersion })));
    await db().membership.deleteMany({ where: { userId: reader.userId, organizationId: home.organizationId } });
    const ack = await db().policyAcknowledgement.findFirstOrThrow({
      where: { policyVersionId: homeVersion, userLabel: "Test AUDITOR" },
    });
    expect(ack.userId).toBeNull();
  });
});
