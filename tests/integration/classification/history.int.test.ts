import { describe, expect, it } from "vitest";
import { getClassificationSummary, storeClassificationRun } from "@/lib/dal/classification/classification";
import { getClassificationHistory, getRunResults } from "@/lib/dal/classification/run-history";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { db } from "@/lib/db/client";
import { diffResults } from "@/lib/rules";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CHATBOT, CV_SCREENING } from "./profiles";

describe("classification history, diff and summary", () => {
  it("lists runs newest first, loads two results for a diff and flags stale and overridden states", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId);
    expect(await getClassificationSummary(admin, systemId)).toMatchObject({
      tier: null,
      stale: false,
      runSequence: null,
    });
    const first = await storeClassificationRun(admin, { systemId, answers: CV_SCREENING });
    const second = await storeClassificationRun(admin, { systemId, answers: CHATBOT });

    const { current, runs } = await getClassificationHistory(admin, systemId);
    expect(runs.map((r) => [r.sequence, r.tier])).toEqual([
      [2, "LIMITED"],
      [1, "HIGH"],
    ]);
    expect(current).toMatchObject({
      id: second.runId,
      result: { tier: "limited" },
      answers: { interactsWithPersons: true },
    });
    const results = await getRunResults(admin, systemId, [first.runId, second.runId]);
    const diff = diffResults(results.get(first.runId)!, results.get(second.runId)!);
    expect(diff.tier).toEqual({ from: "high", to: "limited" });
    expect(diff.obligations.removed.map((o) => o.code)).toContain("hr.deployer.human_oversight");

    expect(await getClassificationSummary(admin, systemId)).toMatchObject({
      tier: "LIMITED",
      runSequence: 2,
      stale: false,
      overridden: false,
    });
    const legal = await addMember(organizationId, "LEGAL");
    await recordReviewDecision(legal, {
      runId: second.runId,
      decision: "OVERRIDDEN",
      overrideTier: "HIGH",
      justification: "The chatbot also pre-screens loan applicants for the credit team.",
    });
    // An intake edit bumps the system's revision, which makes the stored run stale.
    await db().aiSystem.update({ where: { id: systemId }, data: { version: { increment: 1 } } });
    expect(await getClassificationSummary(admin, systemId)).toMatchObject({
      tier: "HIGH",
      overridden: true,
      stale: true,
    });
  });

  it("shows nothing of another organisation's runs", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const systemId = await createSystem(a.organizationId);
    const { runId } = await storeClassificationRun(a.admin, { systemId, answers: CV_SCREENING });
    await expect(getClassificationHistory(b.admin, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClassificationSummary(b.admin, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getRunResults(b.admin, systemId, [runId])).size).toBe(0);
  });
});
