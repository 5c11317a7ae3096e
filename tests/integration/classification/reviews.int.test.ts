import { describe, expect, it } from "vitest";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { listReviewDecisions, recordReviewDecision } from "@/lib/dal/classification/reviews";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CHATBOT, CV_SCREENING_DISPUTED, DEPLOYER_BASE } from "./profiles";

async function classifiedSystem() {
  const { organizationId, admin } = await createOrganization();
  const legal = await addMember(organizationId, "LEGAL");
  const systemId = await createSystem(organizationId);
  const { runId } = await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
  return { organizationId, admin, legal, systemId, runId };
}

const systemRow = (id: string) =>
  db().aiSystem.findUniqueOrThrow({ where: { id }, select: { tier: true, disposition: true } });

describe("legal review of a classification", () => {
  it("confirming a requires-review run makes the system final, signed and audited", async () => {
    const { organizationId, legal, systemId, runId } = await classifiedSystem();
    expect(await systemRow(systemId)).toEqual({ tier: "HIGH", disposition: "REQUIRES_REVIEW" });
    await recordReviewDecision(legal, { runId, decision: "CONFIRMED" });
    expect(await systemRow(systemId)).toEqual({ tier: "HIGH", disposition: "FINAL" });
    const [decision] = await listReviewDecisions(legal, systemId);
    expect(decision).toMatchObject({ decision: "CONFIRMED", runSequence: 1, decidedByName: "Test LEGAL" });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "classification.reviewed" },
    });
    expect(event).toMatchObject({ systemId, entityId: runId, actorId: legal.userId });
    expect(event.before).toMatchObject({ disposition: "REQUIRES_REVIEW" });
  });

  it("marking requires-review keeps the open questions, one per line", async () => {
    const { legal, systemId, runId } = await classifiedSystem();
    await recordReviewDecision(legal, { runId, decision: "CONFIRMED" });
    await recordReviewDecision(legal, {
      runId,
      decision: "REQUIRES_REVIEW",
      openQuestions: "Does the vendor profile candidates?\n\n  Who reads the ranking?  ",
    });
    expect(await systemRow(systemId)).toEqual({ tier: "HIGH", disposition: "REQUIRES_REVIEW" });
    const decisions = await listReviewDecisions(legal, systemId);
    expect(decisions.map((d) => d.decision)).toEqual(["REQUIRES_REVIEW", "CONFIRMED"]);
    expect(one(decisions).openQuestions).toEqual(["Does the vendor profile candidates?", "Who reads the ranking?"]);
    await expect(
      recordReviewDecision(legal, { runId, decision: "REQUIRES_REVIEW", openQuestions: "  " }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { openQuestions: [expect.stringContaining("open question")] },
    });
  });

  it("an override needs a tier and a written justification, then sets the effective tier", async () => {
    const { legal, systemId, runId } = await classifiedSystem();
    await expect(
      recordReviewDecision(legal, {
        runId,
        decision: "OVERRIDDEN",
        overrideTier: "MINIMAL",
        justification: "too short",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { justification: [expect.stringContaining("justification")] },
    });
    await expect(
      recordReviewDecision(legal, {
        runId,
        decision: "OVERRIDDEN",
        justification: "The vendor confirmed in writing that no ranking is used.",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { overrideTier: [expect.any(String)] } });
    expect(await systemRow(systemId)).toEqual({ tier: "HIGH", disposition: "REQUIRES_REVIEW" });
    await recordReviewDecision(legal, {
      runId,
      decision: "OVERRIDDEN",
      overrideTier: "MINIMAL",
      justification: "The vendor confirmed in writing that no ranking is used.",
      confirmRemovals: true,
    });
    expect(await systemRow(systemId)).toEqual({ tier: "MINIMAL", disposition: "FINAL" });
    expect((await listReviewDecisions(legal, systemId))[0]).toMatchObject({
      decision: "OVERRIDDEN",
      overrideTier: "MINIMAL",
    });
  });

  it("an undetermined run cannot be confirmed as it stands, but a lawyer may set the tier with a justification", async () => {
    const { organizationId, admin } = await createOrganization();
    const legal = await addMember(organizationId, "LEGAL");
    const systemId = await createSystem(organizationId);
    const { runId } = await storeClassificationRun(admin, {
      systemId,
      answers: { ...DEPLOYER_BASE, annex3Areas: ["employment"], notSure: ["employmentUses"] },
    });
    expect(
      await db().aiSystem.findUniqueOrThrow({
        where: { id: systemId },
        select: { tier: true, possibleTier: true, disposition: true },
      }),
    ).toEqual({ tier: "MINIMAL", possibleTier: "HIGH", disposition: "UNDETERMINED" });
    await expect(recordReviewDecision(legal, { runId, decision: "CONFIRMED" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { decision: [expect.stringContaining("not determined yet")] },
    });
    await recordReviewDecision(legal, {
      runId,
      decision: "REQUIRES_REVIEW",
      openQuestions: "Which employment use is it?",
    });
    expect(await systemRow(systemId)).toEqual({ tier: "MINIMAL", disposition: "UNDETERMINED" });
    await recordReviewDecision(legal, {
      runId,
      decision: "OVERRIDDEN",
      overrideTier: "HIGH",
      justification: "Ranks candidates: Annex III 4(a) on the vendor's own description.",
    });
    expect(
      await db().aiSystem.findUniqueOrThrow({
        where: { id: systemId },
        select: { tier: true, possibleTier: true, disposition: true },
      }),
    ).toEqual({ tier: "HIGH", possibleTier: "HIGH", disposition: "FINAL" });
  });

  it("refuses roles without classification.review, other organisations and a run that is no longer current", async () => {
    const { organizationId, admin, legal, systemId, runId } = await classifiedSystem();
    for (const role of ["COMPLIANCE_OFFICER", "MANAGER", "AUDITOR"] as const) {
      const member = await addMember(organizationId, role);
      await expect(recordReviewDecision(member, { runId, decision: "CONFIRMED" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const other = await createOrganization("Other");
    await expect(recordReviewDecision(other.admin, { runId, decision: "CONFIRMED" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listReviewDecisions(other.admin, systemId)).toEqual([]);
    await storeClassificationRun(admin, { systemId, answers: CHATBOT });
    await expect(recordReviewDecision(legal, { runId, decision: "CONFIRMED" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db().reviewDecision.count({ where: { runId } })).toBe(0);
  });
});
