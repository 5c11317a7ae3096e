import { savePolicy, startPolicy } from "@/lib/dal/policies/policies";
import { db } from "@/lib/db/client";
import { ZSavePolicy } from "@/lib/validations/policies";
import { createOrganization } from "../../helpers/factories";
import { editorsOf, outcomeOf, type Scenario } from "./concurrency";

// How people edit one policy's draft at the same moment (the policy form: details and text under one version).

const policyEdit: Scenario = {
  entryPoint: "savePolicy (policy form action)",
  setup: async () => {
    const org = await createOrganization("Policy race");
    const { editors, editor } = await editorsOf(org.organizationId);
    const { id } = await startPolicy(org.admin, "acceptable-use");
    const edit = (i: number) =>
      ZSavePolicy.parse({
        policyId: id,
        version: 1,
        title: `Title ${i}`,
        kind: "ACCEPTABLE_USE",
        ownerId: "",
        audienceAll: true,
        audienceRoles: [],
        audienceUnitIds: [],
        body: `Text written by editor ${i}`,
        changeNote: "",
      });
    return {
      editors,
      versionBefore: 1,
      edit: (i) => outcomeOf(savePolicy(editor(i).actor, edit(i))),
      read: async () => {
        const row = await db().policy.findUniqueOrThrow({ where: { id }, select: { version: true, title: true } });
        return { version: row.version, value: row.title };
      },
      expected: (i) => `Title ${i}`,
      audit: { entityId: id, action: "policy.updated" },
    };
  },
};

export const POLICY_SCENARIOS = [policyEdit];
