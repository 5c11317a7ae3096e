import { describe, expect, it } from "vitest";
import {
  getQuestionnaireStart,
  rescreenSystems,
  storeClassificationRun,
} from "@/lib/dal/classification/classification";
import { db } from "@/lib/db/client";
import type { TSystemProfile } from "@/lib/rules";
import { createOrganization, createSystem } from "../../helpers/factories";
import { DEPLOYER_BASE } from "./profiles";

// A medical-device safety component as stored before the product law, the notified-body answer and the score's
// consequence became multiple choice: one code each, as a string.
const OLD_STYLE = {
  ...DEPLOYER_BASE,
  annex1Legislation: "medical_devices",
  annex1Function: "safety_component",
  thirdPartyAssessment: "health_safety",
  socialScoring: true,
  socialScoreConsequence: "lawful_purpose_specific",
};
const AS_LISTS = {
  annex1Legislation: ["medical_devices"],
  thirdPartyAssessment: ["health_safety"],
  socialScoreConsequence: ["lawful_purpose_specific"],
};

describe("answers stored while a question was single choice", () => {
  it("an API client or import sending one string per question stores a run, with the answers as lists", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId);
    const stored = await storeClassificationRun(admin, { systemId, answers: OLD_STYLE as unknown as TSystemProfile });
    expect(stored.result.tier).toBe("high");
    const run = await db().classificationRun.findUniqueOrThrow({ where: { id: stored.runId } });
    expect(run.answers).toMatchObject(AS_LISTS);
  });

  it("an old run and draft resume in the wizard as lists, and re-screening the old run classifies it the same", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId);
    const first = await storeClassificationRun(admin, { systemId, answers: DEPLOYER_BASE });
    // Rewrite the stored rows as an older version of the app left them.
    await db().classificationRun.update({ where: { id: first.runId }, data: { answers: OLD_STYLE } });
    await db().aiSystem.update({
      where: { id: systemId },
      data: { questionnaireDraft: { annex1Legislation: "toys" } },
    });

    const start = await getQuestionnaireStart(admin, systemId);
    expect(start.latestAnswers).toMatchObject(AS_LISTS);
    expect(start.draft).toEqual({ annex1Legislation: ["toys"] });

    const outcome = await rescreenSystems(admin, { systemIds: [systemId] });
    expect(outcome.rescreened[0]).toMatchObject({ systemId, tierAfter: "HIGH" });
    const latest = await db().classificationRun.findFirstOrThrow({
      where: { systemId },
      orderBy: { sequence: "desc" },
    });
    expect(latest.answers).toMatchObject(AS_LISTS);
    expect((latest.result as { facets: { highRisk: { annexPoints: string[] } } }).facets.highRisk.annexPoints).toEqual([
      "Annex I Section A point 11",
    ]);
  });
});
