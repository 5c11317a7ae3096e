import { describe, expect, it } from "vitest";
import {
  getQuestionnaireStart,
  rescreenSystems,
  saveQuestionnaireDraft,
  storeClassificationRun,
} from "@/lib/dal/classification/classification";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CHATBOT, CV_SCREENING, DEPLOYER_BASE } from "./profiles";

const obligationsOf = (systemId: string) =>
  db().obligation.findMany({ where: { systemId }, orderBy: [{ role: "asc" }, { code: "asc" }] });

describe("storing a classification run", () => {
  it("sets tier, disposition and roles on the system, creates dated obligations and audits the run", async () => {
    const { organizationId } = await createOrganization();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId, "TalentRank");
    await saveQuestionnaireDraft(officer, { systemId, answers: { activities: ["uses"] } });

    const stored = await storeClassificationRun(officer, { systemId, answers: CV_SCREENING });

    const system = await db().aiSystem.findUniqueOrThrow({ where: { id: systemId } });
    // Complete and uncontested: final, with the disputed Art 49/86 date as a note rather than a review flag.
    expect(system).toMatchObject({
      tier: "HIGH",
      possibleTier: "HIGH",
      disposition: "FINAL",
      roles: ["deployer"],
      currentRunId: stored.runId,
      questionnaireDraft: null,
    });
    expect(system.classifiedAt).toBeInstanceOf(Date);
    const run = await db().classificationRun.findUniqueOrThrow({ where: { id: stored.runId } });
    expect(run).toMatchObject({
      sequence: 1,
      tier: "HIGH",
      ruleSetId: "2026-07-omnibus-r2",
      systemVersion: 1,
      createdById: officer.userId,
    });
    const obligations = await obligationsOf(systemId);
    const oversight = obligations.find((o) => o.code === "hr.deployer.human_oversight");
    expect(oversight).toMatchObject({
      role: "deployer",
      status: "NOT_STARTED",
      sourceRunId: stored.runId,
      obsoleteAt: null,
    });
    expect(oversight?.appliesFrom.toISOString().slice(0, 10)).toBe("2027-12-02");
    expect(oversight?.dueDate?.toISOString().slice(0, 10)).toBe("2027-12-02");
    expect(system.obligationsApplicable).toBe(obligations.length);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "classification.run_stored" },
    });
    expect(event).toMatchObject({ systemId, entityId: stored.runId, actorId: officer.userId });
    expect(event.after).toMatchObject({ tier: "HIGH", disposition: "FINAL" });
    expect((event.after as { obligationsAdded: string[] }).obligationsAdded).toContain(
      "hr.deployer.human_oversight|deployer",
    );
  });

  it("carries finished work over, adds new duties, marks dropped ones obsolete and revives them when derived again", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId);
    await storeClassificationRun(admin, { systemId, answers: CV_SCREENING });
    const literacy = (await obligationsOf(systemId)).find((o) => o.code === "general.ai_literacy")!;
    const oversight = (await obligationsOf(systemId)).find((o) => o.code === "hr.deployer.human_oversight")!;
    await db().obligation.update({ where: { id: literacy.id }, data: { status: "DONE", ownerId: admin.userId } });
    await db().obligation.update({ where: { id: oversight.id }, data: { status: "IN_PROGRESS" } });

    const second = await storeClassificationRun(admin, { systemId, answers: CHATBOT });
    expect(second.sequence).toBe(2);
    const after = await obligationsOf(systemId);
    expect(after.find((o) => o.id === literacy.id)).toMatchObject({
      status: "DONE",
      ownerId: admin.userId,
      obsoleteAt: null,
    });
    expect(after.find((o) => o.id === oversight.id)?.obsoleteAt).toBeInstanceOf(Date);
    expect(after.find((o) => o.code === "art50.interaction_disclosure")).toMatchObject({
      role: "provider",
      obsoleteAt: null,
      sourceRunId: second.runId,
    });
    const system = await db().aiSystem.findUniqueOrThrow({ where: { id: systemId } });
    expect(system).toMatchObject({
      tier: "LIMITED",
      disposition: "FINAL",
      obligationsApplicable: after.filter((o) => !o.obsoleteAt).length,
    });

    await storeClassificationRun(admin, { systemId, answers: CV_SCREENING });
    const revived = (await obligationsOf(systemId)).find((o) => o.id === oversight.id);
    expect(revived).toMatchObject({ obsoleteAt: null, status: "IN_PROGRESS" });
    const runs = await db().classificationRun.findMany({ where: { systemId }, orderBy: { sequence: "asc" } });
    expect(runs.map((r) => r.tier)).toEqual(["HIGH", "LIMITED", "HIGH"]);
  });

  it("refuses roles without classification.run, other organisations' systems and invalid answers", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const systemId = await createSystem(a.organizationId);
    for (const role of ["LEGAL", "MANAGER", "AUDITOR"] as const) {
      const member = await addMember(a.organizationId, role);
      await expect(storeClassificationRun(member, { systemId, answers: CV_SCREENING })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(storeClassificationRun(b.admin, { systemId, answers: CV_SCREENING })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      storeClassificationRun(a.admin, { systemId, answers: { activities: ["sells"] } as never }),
    ).rejects.toThrow();
    expect(await db().classificationRun.count({ where: { systemId } })).toBe(0);
  });

  it("refuses to complete a run while answers contradict each other, naming the clash at both questions, and keeps the draft", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId);
    const answers = {
      ...CV_SCREENING,
      preMarketResearchOnly: true,
      realWorldTesting: false,
      alreadyOnMarket: true,
      placedOnMarketDate: "2026-01-05",
    };
    await saveQuestionnaireDraft(admin, { systemId, answers });
    const refused = storeClassificationRun(admin, { systemId, answers });
    await expect(refused).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { preMarketResearchOnly: [expect.any(String)], alreadyOnMarket: [expect.any(String)] },
    });
    expect(await db().classificationRun.count({ where: { systemId } })).toBe(0);
    const system = await db().aiSystem.findUniqueOrThrow({
      where: { id: systemId },
      select: { questionnaireDraft: true },
    });
    expect(system.questionnaireDraft).toMatchObject({ preMarketResearchOnly: true, alreadyOnMarket: true });
  });

  it("gives concurrent runs of one system consecutive sequence numbers", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId);
    await Promise.all(
      [CV_SCREENING, CHATBOT, DEPLOYER_BASE].map((answers) => storeClassificationRun(admin, { systemId, answers })),
    );
    const runs = await db().classificationRun.findMany({ where: { systemId }, orderBy: { sequence: "asc" } });
    expect(runs.map((r) => r.sequence)).toEqual([1, 2, 3]);
    const system = await db().aiSystem.findUniqueOrThrow({ where: { id: systemId } });
    expect(system.currentRunId).toBe(one(runs, 2).id);
  });
});

describe("save and resume", () => {
  it("keeps part-way answers (only those that apply) and resumes from them, else from the latest run", async () => {
    const { organizationId, admin } = await createOrganization();
    const systemId = await createSystem(organizationId);
    expect(await getQuestionnaireStart(admin, systemId)).toEqual({ draft: null, draftAt: null, latestAnswers: null });
    // deployerEntityType is only asked of users: the draft drops it once "uses" is not selected.
    await saveQuestionnaireDraft(admin, {
      systemId,
      answers: { activities: ["develops"], deployerEntityType: "private_other", establishedInEu: true },
    });
    const start = await getQuestionnaireStart(admin, systemId);
    expect(start.draft).toEqual({ activities: ["develops"], establishedInEu: true });
    expect(start.draftAt).toBeInstanceOf(Date);
    await storeClassificationRun(admin, { systemId, answers: CHATBOT });
    const afterRun = await getQuestionnaireStart(admin, systemId);
    expect(afterRun.draft).toBeNull();
    expect(afterRun.latestAnswers).toMatchObject({ interactsWithPersons: true });
  });

  it("refuses another organisation's system and read-only roles", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const systemId = await createSystem(a.organizationId);
    await expect(saveQuestionnaireDraft(b.admin, { systemId, answers: {} })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveQuestionnaireDraft(await addMember(a.organizationId, "AUDITOR"), { systemId, answers: {} }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getQuestionnaireStart(b.admin, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("re-screening", () => {
  it("re-runs each classified system on its latest answers and skips unclassified and foreign systems", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const classified = await createSystem(a.organizationId, "Classified");
    const unclassified = await createSystem(a.organizationId, "Unclassified");
    const foreign = await createSystem(b.organizationId, "Foreign");
    await storeClassificationRun(a.admin, { systemId: classified, answers: CV_SCREENING });
    await storeClassificationRun(b.admin, { systemId: foreign, answers: CV_SCREENING });

    const outcome = await rescreenSystems(a.admin, { systemIds: [classified, unclassified, foreign] });
    expect(outcome.rescreened).toEqual([
      { systemId: classified, tierBefore: "HIGH", tierAfter: "HIGH", obligationsAdded: 0, obligationsObsoleted: 0 },
    ]);
    expect(outcome.skipped).toEqual([unclassified, foreign]);
    expect(await db().classificationRun.count({ where: { systemId: classified } })).toBe(2);
    expect(await db().classificationRun.count({ where: { systemId: foreign } })).toBe(1);
    await expect(
      rescreenSystems(await addMember(a.organizationId, "LEGAL"), { systemIds: [classified] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
