import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { as, obligationOf, ok, policyState, saveInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const policies = await import("@/app/(app)/policies/actions");
const obligations = await import("@/app/(app)/systems/[id]/obligations/actions");

type Actor = Awaited<ReturnType<typeof addMember>>;

// A published policy linked to a duty is evidence like a file or a link: it lets the duty be marked done where the
// organisation requires evidence, through the same action the obligation form uses. A retired version no longer does.
describe("a linked policy as the evidence behind Done", () => {
  let organizationId: string;
  let officer: Actor;
  let policyId: string;
  let versionId: string;

  beforeAll(async () => {
    ({ organizationId } = await createOrganization("Policy evidence"));
    await db().organization.update({ where: { id: organizationId }, data: { evidenceRequiredForDone: true } });
    officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const legal = await addMember(organizationId, "LEGAL");
    ({ id: policyId } = ok(await as(officer, () => policies.startPolicyAction({ template: "human-oversight" }))));
    ok(await as(officer, () => policies.savePolicyAction(saveInput(policyId, 1, { audienceAll: true }))));
    versionId = (await policyState(policyId)).versions[0]!.id;
    ok(await as(officer, () => policies.submitVersionAction({ versionId })));
    ok(await as(legal, () => policies.approveVersionAction({ versionId })));
    ok(await as(legal, () => policies.publishVersionAction({ versionId })));
  });

  const markDone = async (obligationId: string) => {
    const { version } = await db().obligation.findUniqueOrThrow({ where: { id: obligationId } });
    return as(officer, () =>
      obligations.updateObligationAction({
        obligationId,
        version,
        status: "DONE",
        ownerId: "",
        dueDate: "",
        notApplicableReason: "",
        completionNote: "",
      }),
    );
  };

  it("refuses Done without evidence, and allows it once the published policy is linked", async () => {
    const system = await createSystem(organizationId, "Oversight system");
    const duty = await obligationOf(organizationId, system, "ART26_2", "Art 26(2)");
    expect(await markDone(duty.id)).toMatchObject({ code: "VALIDATION" });
    ok(await as(officer, () => policies.linkPolicyEvidenceAction({ obligationId: duty.id, policyId })));
    ok(await markDone(duty.id));
    expect((await db().obligation.findUniqueOrThrow({ where: { id: duty.id } })).status).toBe("DONE");
  });

  it("does not count a linked version that is no longer in force", async () => {
    const system = await createSystem(organizationId, "Retired policy system");
    const duty = await obligationOf(organizationId, system, "ART26_2", "Art 26(2)");
    ok(await as(officer, () => policies.linkPolicyEvidenceAction({ obligationId: duty.id, policyId })));
    await db().policyVersion.update({ where: { id: versionId }, data: { status: "RETIRED" } });
    try {
      expect(await markDone(duty.id)).toMatchObject({ code: "VALIDATION" });
    } finally {
      await db().policyVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED" } });
    }
  });
});
