import { createRisk, updateRisk } from "@/lib/dal/risks/risks";
import { db } from "@/lib/db/client";
import { ZCreateRisk, ZUpdateRisk, type TCreateRisk } from "@/lib/validations/risks";
import { highRiskSetup } from "../incidents/helpers";
import { editorsOf, outcomeOf, type Scenario } from "./concurrency";

// How people edit one risk of the Art 9 register at the same moment (the risk form).

const fields = (systemId: string, title: string): TCreateRisk => ({
  systemId,
  title,
  description: "Older applicants ranked lower",
  affectedPersons: "Job applicants",
  fundamentalRights: "Non-discrimination",
  source: "MANUAL",
  likelihood: "4",
  impact: "4",
  residualLikelihood: "",
  residualImpact: "",
  treatment: "",
  mitigation: "",
  ownerId: "",
  nextReviewDate: "",
  status: "OPEN",
});

const riskEdit: Scenario = {
  entryPoint: "updateRisk (risk form action)",
  setup: async () => {
    const org = await highRiskSetup();
    const { editors, editor } = await editorsOf(org.organizationId);
    const { id } = await createRisk(org.admin, ZCreateRisk.parse(fields(org.systemId, "Biased ranking")));
    const edit = (i: number) => ZUpdateRisk.parse({ ...fields(org.systemId, `Title ${i}`), riskId: id, version: 1 });
    return {
      editors,
      versionBefore: 1,
      edit: (i) => outcomeOf(updateRisk(editor(i).actor, edit(i))),
      read: async () => {
        const row = await db().risk.findUniqueOrThrow({ where: { id }, select: { version: true, title: true } });
        return { version: row.version, value: row.title };
      },
      expected: (i) => `Title ${i}`,
      audit: { entityId: id, action: "risk.updated" },
    };
  },
};

export const RISK_SCENARIOS = [riskEdit];
