import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getIncident } from "@/lib/dal/incidents/incidents";
import { listMonitoringEvents, recordMonitoringEvent } from "@/lib/dal/monitoring/events";
import { getMonitoringPlan, saveMonitoringPlan } from "@/lib/dal/monitoring/plans";
import { listSystemTasks, resolveTask } from "@/lib/dal/obligations/tasks";
import { ZMonitoringEventInput, ZMonitoringPlanInput } from "@/lib/validations/monitoring";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { eventInput, highRiskSetup } from "./helpers";

describe("recordMonitoringEvent", () => {
  it("opens a task on the Art 72 obligation for a drift breach, and counts a repeat on the same task", async () => {
    const { organizationId, systemId, pmm } = await highRiskSetup();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const first = await recordMonitoringEvent(officer, eventInput(systemId));
    expect(first).toMatchObject({ breached: true, taskId: expect.any(String) });
    const second = await recordMonitoringEvent(officer, eventInput(systemId, { value: 0.4 }));
    expect(second.taskId).toBe(first.taskId);
    const task = await db().task.findUniqueOrThrow({ where: { id: first.taskId } });
    expect(task).toMatchObject({
      obligationId: pmm.id,
      status: "OPEN",
      occurrences: 2,
      dedupeKey: `monitoring:${systemId}:DRIFT:psi`,
      title: "Drift breach: psi = 0.4, limit ≤ 0.2",
    });
    expect(task.body).toContain("Dataset: loans-2026-10.");
    expect((await db().monitoringEvent.findUniqueOrThrow({ where: { id: second.eventId } })).taskId).toBe(first.taskId);
  });

  it("puts an evaluation breach on Art 15 and a bias breach on Art 10", async () => {
    const { admin, systemId, accuracy, data } = await highRiskSetup();
    const evaluation = await recordMonitoringEvent(
      admin,
      eventInput(systemId, { kind: "EVALUATION", metric: "accuracy", value: 0.81, threshold: 0.9, direction: "min" }),
    );
    const bias = await recordMonitoringEvent(
      admin,
      eventInput(systemId, { kind: "BIAS", metric: "demographic_parity_gap", value: 0.12, threshold: 0.05 }),
    );
    expect((await db().task.findUniqueOrThrow({ where: { id: evaluation.taskId } })).obligationId).toBe(accuracy.id);
    expect((await db().task.findUniqueOrThrow({ where: { id: bias.taskId } })).obligationId).toBe(data.id);
  });

  it("records a result on the right side of the threshold (or without one) and opens nothing", async () => {
    const { admin, systemId } = await highRiskSetup();
    expect(await recordMonitoringEvent(admin, eventInput(systemId, { value: 0.2 }))).toEqual({
      eventId: expect.any(String),
      breached: false,
    });
    expect(
      await recordMonitoringEvent(
        admin,
        eventInput(systemId, { kind: "EVALUATION", metric: "accuracy", value: 0.95, threshold: 0.9, direction: "min" }),
      ),
    ).toMatchObject({ breached: false });
    expect(await recordMonitoringEvent(admin, eventInput(systemId, { threshold: null, value: 99 }))).toMatchObject({
      breached: false,
    });
    expect(await db().task.count({ where: { systemId } })).toBe(0);
    expect((await listMonitoringEvents(admin, systemId)).length).toBe(3);
  });

  it("moves a done obligation back to in progress and explains why in a comment and the audit trail", async () => {
    const { admin, organizationId, systemId, pmm } = await highRiskSetup();
    await db().obligation.update({ where: { id: pmm.id }, data: { status: "DONE" } });
    await recordMonitoringEvent(admin, eventInput(systemId));
    const row = await db().obligation.findUniqueOrThrow({ where: { id: pmm.id }, include: { comments: true } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", version: 2 });
    expect(one(row.comments).body).toBe("Reopened by a monitoring breach (psi = 0.31, limit ≤ 0.2).");
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, entityId: pmm.id, action: "obligation.reopened" },
    });
    expect(audit.after).toMatchObject({ status: "IN_PROGRESS", reason: expect.stringContaining("monitoring breach") });
  });

  it("opens a linked draft incident on request, with no clock until someone assesses it", async () => {
    const { admin, systemId } = await highRiskSetup();
    const result = await recordMonitoringEvent(admin, eventInput(systemId, { openIncidentDraft: true }));
    const incident = await getIncident(admin, result.incidentId ?? "");
    expect(incident).toMatchObject({
      status: "DRAFT",
      sourceEventId: result.eventId,
      awareAt: null,
      deadline: null,
      title: "Monitoring breach on Credit scoring: psi",
    });
  });

  it("writes the drafted incident in the organisation's document language", async () => {
    const { admin, organizationId, systemId } = await highRiskSetup();
    await db().organization.update({ where: { id: organizationId }, data: { documentLocale: "de" } });
    const result = await recordMonitoringEvent(admin, eventInput(systemId, { openIncidentDraft: true }));
    const incident = await getIncident(admin, result.incidentId ?? "");
    expect(incident.title).toBe("Grenzwertverletzung beim Monitoring von Credit scoring: psi");
    expect(incident.description).toContain("Drift-Ergebnis außerhalb seines Grenzwerts: psi = 0.31, Grenzwert ≤ 0.2.");
    expect(incident.description).toContain("Entwurf automatisch angelegt.");
    expect(incident.description).not.toMatch(/Draft opened|outside its threshold/);
  });

  it("resolves a task with a note; resolving twice is a conflict; a later breach opens a new task", async () => {
    const { admin, organizationId, systemId } = await highRiskSetup();
    const { taskId } = await recordMonitoringEvent(admin, eventInput(systemId));
    const legal = await addMember(organizationId, "LEGAL");
    await expect(resolveTask(legal, { taskId: taskId ?? "", note: "Retrained" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await resolveTask(admin, { taskId: taskId ?? "", note: "Retrained on October data; PSI back at 0.08." });
    await expect(resolveTask(admin, { taskId: taskId ?? "", note: "again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [task] = await listSystemTasks(admin, systemId);
    expect(task).toMatchObject({
      status: "DONE",
      obligationArticle: "Art 72",
      body: expect.stringContaining("PSI back at 0.08"),
    });
    const again = await recordMonitoringEvent(admin, eventInput(systemId));
    expect(again.taskId).not.toBe(taskId);
  });

  it("refuses readers, other organisations and unknown model versions", async () => {
    const { organizationId, systemId, admin } = await highRiskSetup();
    await expect(
      recordMonitoringEvent(await addMember(organizationId, "AUDITOR"), eventInput(systemId)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      recordMonitoringEvent((await createOrganization("X")).admin, eventInput(systemId)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      recordMonitoringEvent(admin, eventInput(systemId, { model: "scorer", version: "9" })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { version: [expect.any(String)] } });
    const model = await db().aiModel.create({
      data: { organizationId, name: "scorer", versions: { create: { organizationId, version: "4" } } },
    });
    const ok = await recordMonitoringEvent(admin, eventInput(systemId, { model: model.name, version: "4" }));
    expect((await listMonitoringEvents(admin, systemId)).find((e) => e.id === ok.eventId)?.modelVersion).toBe(
      "scorer 4",
    );
    expect(ZMonitoringEventInput.safeParse({ systemId, kind: "NOISE", metric: "x", value: 1 }).success).toBe(false);
    expect(await db().monitoringEvent.count({ where: { systemId } })).toBe(1);
  });
});

describe("monitoring plans", () => {
  const plan = (systemId: string, version = 0, ownerId = "") =>
    ZMonitoringPlanInput.parse({
      systemId,
      version,
      reviewFrequency: "Quarterly",
      notes: "",
      items: [
        {
          what: "Population stability of scores",
          method: "PSI per week against the training sample",
          frequency: "Weekly",
          threshold: "PSI > 0.2",
          ownerId,
        },
      ],
    });

  it("saves and versions the plan of a high-risk system we provide", async () => {
    const { admin, organizationId, systemId } = await highRiskSetup();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    expect((await getMonitoringPlan(officer, systemId)).plan).toBeNull();
    await expect(saveMonitoringPlan(officer, plan(systemId, 0, officer.userId))).resolves.toEqual({ version: 1 });
    await expect(saveMonitoringPlan(admin, plan(systemId, 1))).resolves.toEqual({ version: 2 });
    await expect(saveMonitoringPlan(officer, plan(systemId, 1))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Changed by Test ADMIN/),
    });
    const stored = await getMonitoringPlan(officer, systemId);
    expect(stored).toMatchObject({
      eligibility: { eligible: true },
      plan: { version: 2, reviewFrequency: "Quarterly", items: [{ what: "Population stability of scores" }] },
    });
    await expect(
      saveMonitoringPlan(admin, plan(systemId, 2, (await createOrganization("Y")).admin.userId)),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { "items.0.ownerId": [expect.any(String)] } });
  });

  it("refuses a plan for a system that is not high-risk, or that we only deploy, and explains why", async () => {
    const { admin, organizationId } = await createOrganization("Plan");
    const minimal = await createSystem(organizationId, "Spam filter");
    await db().aiSystem.update({ where: { id: minimal }, data: { tier: "MINIMAL", roles: ["provider"] } });
    await expect(saveMonitoringPlan(admin, plan(minimal))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("only for high-risk systems"),
    });
    const bought = await createSystem(organizationId, "Bought CV screening");
    await db().aiSystem.update({ where: { id: bought }, data: { tier: "HIGH", roles: ["deployer"] } });
    expect((await getMonitoringPlan(admin, bought)).eligibility).toMatchObject({
      eligible: false,
      reason: expect.stringContaining("Art 26(5)"),
    });
    await expect(saveMonitoringPlan(admin, plan(bought))).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db().monitoringPlan.count({ where: { organizationId } })).toBe(0);
  });
});
