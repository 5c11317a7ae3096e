import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { as, ok, saveInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/policies/actions");
const { mergeBusinessUnitsAction } = await import("@/app/(app)/settings/business-units/actions");

type Org = Awaited<ReturnType<typeof createOrganization>>;

const audienceOf = async (policyId: string) =>
  (await db().policyAudienceUnit.findMany({ where: { policyId }, select: { businessUnitId: true } }))
    .map((u) => u.businessUnitId)
    .sort();

// A merge used to delete the merged unit, and the cascade took its policy audience rows with it: a policy for "HR"
// silently stopped being for anyone in HR. Audiences now move to the surviving unit, once.
describe("merging business units keeps policy audiences", () => {
  let org: Org;
  const unit = async (name: string) =>
    (await db().businessUnit.create({ data: { organizationId: org.organizationId, name } })).id;
  const policyFor = async (unitIds: string[]) => {
    const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    const { id } = ok(await as(officer, () => actions.startPolicyAction({ template: "acceptable-use" })));
    const audience = { audienceAll: false, audienceRoles: [], audienceUnitIds: unitIds };
    ok(await as(officer, () => actions.savePolicyAction(saveInput(id, 1, audience))));
    return id;
  };

  beforeAll(async () => {
    org = await createOrganization("Merging units");
  });

  it("moves a policy addressed to the merged unit to the surviving unit", async () => {
    const [hr, people] = [await unit("HR"), await unit("People")];
    const policyId = await policyFor([hr]);
    ok(await as(org.admin, () => mergeBusinessUnitsAction({ fromId: hr, intoId: people })));
    expect(await audienceOf(policyId)).toEqual([people]);
  });

  it("keeps one row when the policy was addressed to both units", async () => {
    const [ops, operations] = [await unit("Ops"), await unit("Operations")];
    const both = await policyFor([ops, operations]);
    ok(await as(org.admin, () => mergeBusinessUnitsAction({ fromId: ops, intoId: operations })));
    expect(await audienceOf(both)).toEqual([operations]);
  });
});
