import { describe, expect, it } from "vitest";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { db } from "@/lib/db/client";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "./profiles";

const JUSTIFICATION = "The vendor confirmed in writing that no ranking is used.";

describe("overriding to a lower tier", () => {
  it("asks for confirmation when the override takes obligations away, and stores nothing until given", async () => {
    const { organizationId, admin } = await createOrganization();
    const legal = await addMember(organizationId, "LEGAL");
    const systemId = await createSystem(organizationId);
    const { runId } = await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
    const override = { runId, decision: "OVERRIDDEN" as const, overrideTier: "MINIMAL" as const };
    await expect(recordReviewDecision(legal, { ...override, justification: JUSTIFICATION })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { confirmRemovals: [expect.stringMatching(/takes \d+ obligations? off/)] },
    });
    expect(await db().reviewDecision.count({ where: { runId } })).toBe(0);
    expect(await db().aiSystem.findUniqueOrThrow({ where: { id: systemId } })).toMatchObject({ tier: "HIGH" });

    await recordReviewDecision(legal, { ...override, justification: JUSTIFICATION, confirmRemovals: true });
    expect(await db().aiSystem.findUniqueOrThrow({ where: { id: systemId } })).toMatchObject({
      tier: "MINIMAL",
      disposition: "FINAL",
    });
  });

  it("needs no confirmation when the override keeps every obligation (a higher tier)", async () => {
    const { organizationId, admin } = await createOrganization();
    const legal = await addMember(organizationId, "LEGAL");
    const systemId = await createSystem(organizationId);
    const { runId } = await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
    await recordReviewDecision(legal, {
      runId,
      decision: "OVERRIDDEN",
      overrideTier: "PROHIBITED",
      justification: JUSTIFICATION,
    });
    expect(await db().aiSystem.findUniqueOrThrow({ where: { id: systemId } })).toMatchObject({ tier: "PROHIBITED" });
  });
});
