import { expect } from "vitest";
import { createIncident, updateIncident } from "@/lib/dal/incidents/incidents";
import { closeIncident, incidentClosingReason } from "@/lib/dal/incidents/reports";
import { saveMonitoringPlan } from "@/lib/dal/monitoring/plans";
import { db } from "@/lib/db/client";
import { ZIncidentUpdate } from "@/lib/validations/incidents";
import { ZMonitoringPlanInput } from "@/lib/validations/monitoring";
import { one } from "../../helpers/expect-defined";
import { highRiskSetup, incidentInput } from "../incidents/helpers";
import { editorsOf, outcomeOf, type Scenario } from "./concurrency";

// How users edit an incident (form, closing) and a monitoring plan at the same moment.

const incidentEdit: Scenario = {
  entryPoint: "updateIncident (incident form action)",
  setup: async () => {
    const org = await highRiskSetup();
    const { editors, editor } = await editorsOf(org.organizationId);
    const { id } = await createIncident(org.admin, incidentInput(org.systemId));
    const edit = (i: number) =>
      ZIncidentUpdate.parse({
        incidentId: id,
        version: 1,
        status: "OPEN",
        title: `Title ${i}`,
        harm: "FUNDAMENTAL_RIGHTS",
        awareAt: "2026-11-20T09:00",
      });
    return {
      editors,
      versionBefore: 1,
      edit: (i) => outcomeOf(updateIncident(editor(i).actor, edit(i))),
      read: async () => {
        const row = await db().incident.findUniqueOrThrow({ where: { id }, select: { version: true, title: true } });
        return { version: row.version, value: row.title };
      },
      expected: (i) => `Title ${i}`,
      audit: { entityId: id, action: "incident.updated" },
    };
  },
};

const incidentClose: Scenario = {
  entryPoint: "closeIncident (close with a reason)",
  setup: async () => {
    const org = await highRiskSetup();
    const { editors, editor } = await editorsOf(org.organizationId);
    const { id } = await createIncident(org.admin, incidentInput(org.systemId));
    const reason = (i: number) => `Closed by editor ${i}: not a serious incident.`;
    return {
      editors,
      versionBefore: 1,
      edit: (i) => outcomeOf(closeIncident(editor(i).actor, { incidentId: id, version: 1, reason: reason(i) })),
      read: async () => {
        const row = await db().incident.findUniqueOrThrow({ where: { id }, select: { version: true, status: true } });
        return {
          version: row.version,
          value: { status: row.status, reason: await incidentClosingReason(org.admin, id) },
        };
      },
      expected: (i) => ({ status: "CLOSED", reason: reason(i) }),
      audit: { entityId: id, action: "incident.closed" },
    };
  },
};

const plan = (systemId: string, version: number, notes: string) =>
  ZMonitoringPlanInput.parse({
    systemId,
    version,
    reviewFrequency: "Quarterly",
    notes,
    items: [
      {
        what: "Population stability of scores",
        method: "PSI per week",
        frequency: "Weekly",
        threshold: "PSI > 0.2",
        ownerId: "",
      },
    ],
  });

// version 1: RACERS edits of an existing plan; version 0: the system's first plan saved by RACERS people at once.
const planEdit = (versionBefore: number): Scenario => ({
  entryPoint: versionBefore
    ? "saveMonitoringPlan (monitoring tab), existing plan"
    : "saveMonitoringPlan, first save of the plan",
  setup: async () => {
    const org = await highRiskSetup();
    const { editors, editor } = await editorsOf(org.organizationId);
    if (versionBefore) await saveMonitoringPlan(org.admin, plan(org.systemId, 0, "Initial"));
    return {
      editors,
      versionBefore,
      edit: (i) => outcomeOf(saveMonitoringPlan(editor(i).actor, plan(org.systemId, versionBefore, `Notes ${i}`))),
      read: async () => {
        const rows = await db().monitoringPlan.findMany({
          where: { systemId: org.systemId },
          select: { version: true, notes: true },
        });
        expect(rows).toHaveLength(1);
        const row = one(rows, 0, "monitoring plan");
        return { version: row.version, value: row.notes };
      },
      expected: (i) => `Notes ${i}`,
      audit: { systemId: org.systemId, action: versionBefore ? "monitoring_plan.updated" : "monitoring_plan.created" },
    };
  },
});

export const INCIDENT_SCENARIOS = [incidentEdit, incidentClose];
export const MONITORING_PLAN_SCENARIOS = [planEdit(1), planEdit(0)];
