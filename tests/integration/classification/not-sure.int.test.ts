import { describe, expect, it } from "vitest";
import {
  getQuestionnaireStart,
  saveQuestionnaireDraft,
  storeClassificationRun,
} from "@/lib/dal/classification/classification";
import { db } from "@/lib/db/client";
import type { TSystemProfile } from "@/lib/rules";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { DEPLOYER_BASE } from "./profiles";

// "Not sure" on the Annex III area, as the wizard sends it through its save and complete actions.
const { annex3Areas: _area, ...BASE } = DEPLOYER_BASE;
const NOT_SURE_AREA: TSystemProfile = { ...BASE, notSure: ["annex3Areas"] };

describe("a questionnaire answered 'not sure'", () => {
  it("keeps 'not sure' in a saved draft, so resuming shows it again", async () => {
    const { organizationId } = await createOrganization();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId, "TalentRank");

    await saveQuestionnaireDraft(officer, { systemId, answers: NOT_SURE_AREA });

    const start = await getQuestionnaireStart(officer, systemId);
    expect(start.draft?.notSure).toEqual(["annex3Areas"]);
    expect(start.draft?.annex3Areas).toBeUndefined();
  });

  it("stores the run as not determined yet, high-risk still possible, with 'not sure' kept in its answers", async () => {
    const { organizationId } = await createOrganization();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId, "TalentRank");

    const stored = await storeClassificationRun(officer, { systemId, answers: NOT_SURE_AREA });

    const run = await db().classificationRun.findUniqueOrThrow({ where: { id: stored.runId } });
    expect(run).toMatchObject({ disposition: "UNDETERMINED", possibleTier: "HIGH" });
    expect((run.answers as TSystemProfile).notSure).toEqual(["annex3Areas"]);
    const open = stored.result.openQuestions.find((q) => q.questionId === "annex3Areas");
    expect(open).toMatchObject({ notSure: true, decides: "high" });
    expect(open?.whoCanAnswer).toBeTruthy();
    // Resuming from the stored run brings the "not sure" back too.
    expect((await getQuestionnaireStart(officer, systemId)).latestAnswers?.notSure).toEqual(["annex3Areas"]);
  });
});
