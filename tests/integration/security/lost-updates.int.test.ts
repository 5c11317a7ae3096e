import { describe, expect, it } from "vitest";
import { createIncident, updateIncident } from "@/lib/dal/incidents/incidents";
import { closeIncident, incidentClosingReason } from "@/lib/dal/incidents/reports";
import { signOffDerogation } from "@/lib/dal/legal-records/signoff";
import { saveDerogation, saveFria } from "@/lib/dal/legal-records/write";
import { recordMonitoringEvent } from "@/lib/dal/monitoring/events";
import { saveMonitoringPlan } from "@/lib/dal/monitoring/plans";
import { updateObligation } from "@/lib/dal/obligations/obligations";
import { bulkSetLifecycle } from "@/lib/dal/systems/system-bulk";
import { createSystem as createSystemDal, getSystem, updateSystem } from "@/lib/dal/systems/systems";
import { db } from "@/lib/db/client";
import { ZIncidentUpdate } from "@/lib/validations/incidents";
import { ZMonitoringPlanInput } from "@/lib/validations/monitoring";
import { ZUpdateObligation } from "@/lib/validations/obligation";
import { ZSystemIntakeUpdate } from "@/lib/validations/system";
import { createOrganization, createSystem } from "../../helpers/factories";
import { call, tokenFor } from "../api/helpers";
import { eventInput, highRiskSetup, incidentInput } from "../incidents/helpers";
import { cvScreeningInput, parsedIntake } from "../intake/intake-fixtures";
import {
  DEROGATION_PROFILE,
  FULL_DEROGATION,
  FULL_FRIA,
  input as legalInput,
  legalOrganisation,
} from "../legal/helpers";
import { createObligation } from "../obligations/helpers";
import {
  apiOutcome,
  conflictNaming,
  expectNoLostUpdate,
  inOrderOnRow,
  namedEditors,
  outcomeOf,
  raceOnTable,
  type Target,
} from "./concurrency";

const N = 8;

type Scenario = { entryPoint: string; setup: () => Promise<Target> };

// Integer "version" columns without a default count revisions (1, 2, 3 …): no one edits a row in place.
const SEQUENCE_NUMBERS: Record<string, string> = {
  EvidenceVersion: "the n-th upload of an evidence item; rows are immutable",
  DossierVersion: "the n-th generated dossier; rows are immutable (trigger)",
};

const systemViaDal: Scenario = {
  entryPoint: "updateSystem (intake form action)",
  setup: async () => {
    const { organizationId, admin } = await createOrganization("Race");
    const editors = await namedEditors(organizationId, N);
    const { id } = await createSystemDal(admin, parsedIntake());
    const change = (i: number) => ({
      description: `Edit ${i}`,
      datasets: [{ name: `dataset-${i}`, description: "", uri: "" }],
    });
    return {
      editors,
      versionBefore: 1,
      edit: (i) =>
        outcomeOf(
          updateSystem(
            editors[i].actor,
            ZSystemIntakeUpdate.parse({ ...cvScreeningInput(change(i)), id, expectedVersion: 1 }),
          ),
        ),
      read: async () => {
        const s = await getSystem(editors[0].actor, id);
        return {
          version: s.version,
          value: { description: s.description, datasets: s.datasets.map((d) => d.dataset.name) },
        };
      },
      expected: (i) => ({ description: `Edit ${i}`, datasets: [`dataset-${i}`] }),
      audit: { entityId: id, action: "system.updated" },
    };
  },
};

const systemViaApi: Scenario = {
  entryPoint: "PATCH /api/v1/systems/{id}",
  setup: async () => {
    const { organizationId, admin } = await createOrganization("Race");
    const editors = await namedEditors(organizationId, N);
    const { id } = await createSystemDal(admin, parsedIntake());
    const tokens = await Promise.all(editors.map((e) => tokenFor(e.actor, ["read", "systems:write"])));
    return {
      editors,
      versionBefore: 1,
      edit: (i) =>
        apiOutcome(
          call("PATCH", "/systems/{id}", {
            token: tokens[i],
            params: { id },
            json: { version: 1, businessUnit: `Unit ${i}` },
          }),
        ),
      read: async () => {
        const row = await db().aiSystem.findUniqueOrThrow({
          where: { id },
          select: { version: true, businessUnit: true },
        });
        return { version: row.version, value: row.businessUnit };
      },
      expected: (i) => `Unit ${i}`,
      audit: { entityId: id, action: "system.updated" },
    };
  },
};

const STAGES = ["PLANNED", "IN_DEVELOPMENT", "IN_PRODUCTION", "RETIRED"] as const;

// The intake form and the inventory's bulk action on the same system at once: both must honour the version.
const systemFormVersusBulk: Scenario = {
  entryPoint: "updateSystem and bulkSetLifecycle (inventory bulk action) mixed",
  setup: async () => {
    const { organizationId, admin } = await createOrganization("Race");
    const editors = await namedEditors(organizationId, N);
    const { id } = await createSystemDal(admin, parsedIntake());
    const stage = (i: number) => STAGES[((i - 1) / 2) % STAGES.length];
    return {
      editors,
      versionBefore: 1,
      edit: (i) =>
        outcomeOf(
          i % 2 === 0
            ? updateSystem(
                editors[i].actor,
                ZSystemIntakeUpdate.parse({
                  ...cvScreeningInput({ description: `Edit ${i}` }),
                  id,
                  expectedVersion: 1,
                }),
              )
            : bulkSetLifecycle(editors[i].actor, { systems: [{ id, version: 1 }], lifecycleStage: stage(i) }),
        ),
      read: async () => {
        const row = await db().aiSystem.findUniqueOrThrow({
          where: { id },
          select: { version: true, description: true, lifecycleStage: true },
        });
        return { version: row.version, value: { description: row.description, lifecycleStage: row.lifecycleStage } };
      },
      expected: (i) =>
        i % 2 === 0
          ? { description: `Edit ${i}`, lifecycleStage: "PILOT" }
          : { description: cvScreeningInput().description, lifecycleStage: stage(i) },
      audit: { entityId: id, action: { in: ["system.updated", "system.bulk_updated"] } },
      conflict: (winner) =>
        conflictNaming(
          winner,
          /^Changed by WINNER at .*Your input is still here\.$|^“.+” was changed by WINNER at .*Your selection is still here\.$/,
        ),
    };
  },
};

async function obligationTarget() {
  const { organizationId } = await createOrganization("Race");
  const editors = await namedEditors(organizationId, N);
  const systemId = await createSystem(organizationId, "Obligation race");
  const obligation = await createObligation(organizationId, systemId);
  const read = async () => {
    const row = await db().obligation.findUniqueOrThrow({
      where: { id: obligation.id },
      select: { version: true, dueDate: true },
    });
    return { version: row.version, value: row.dueDate?.toISOString().slice(0, 10) };
  };
  return {
    editors,
    systemId,
    obligationId: obligation.id,
    read,
    audit: { entityId: obligation.id, action: "obligation.updated" },
  };
}

const dueDate = (i: number) => `2028-01-${String(i + 10)}`;

const obligationViaDal: Scenario = {
  entryPoint: "updateObligation (obligation panel action)",
  setup: async () => {
    const { editors, obligationId, read, audit } = await obligationTarget();
    const edit = (i: number) =>
      ZUpdateObligation.parse({
        obligationId,
        version: 1,
        status: "IN_PROGRESS",
        ownerId: "",
        dueDate: dueDate(i),
        notApplicableReason: "",
      });
    return {
      editors,
      versionBefore: 1,
      edit: (i) => outcomeOf(updateObligation(editors[i].actor, edit(i))),
      read,
      expected: dueDate,
      audit,
    };
  },
};

const obligationViaApi: Scenario = {
  entryPoint: "PATCH /api/v1/systems/{id}/obligations/{obligationId}",
  setup: async () => {
    const { editors, systemId, obligationId, read, audit } = await obligationTarget();
    const tokens = await Promise.all(editors.map((e) => tokenFor(e.actor, ["read", "evidence:write"])));
    const edit = (i: number) =>
      call("PATCH", "/systems/{id}/obligations/{obligationId}", {
        token: tokens[i],
        params: { id: systemId, obligationId },
        json: { version: 1, dueDate: dueDate(i) },
      });
    return { editors, versionBefore: 1, edit: (i) => apiOutcome(edit(i)), read, expected: dueDate, audit };
  },
};

// version 1: N edits of an existing FRIA; version 0: N people creating the system's first FRIA at once.
const friaEdit = (versionBefore: number): Scenario => ({
  entryPoint: versionBefore ? "saveFria (legal record editor), existing record" : "saveFria, first save of the record",
  setup: async () => {
    const org = await legalOrganisation();
    const editors = await namedEditors(org.organizationId, N);
    if (versionBefore) await saveFria(org.admin, legalInput(org.systemId, FULL_FRIA));
    const where = { organizationId: org.organizationId, systemId: org.systemId, kind: "FRIA" as const };
    return {
      editors,
      versionBefore,
      edit: (i) =>
        outcomeOf(
          saveFria(
            editors[i].actor,
            legalInput(org.systemId, { ...FULL_FRIA, risks: `Risk ${i}` }, { version: versionBefore }),
          ),
        ),
      read: async () => {
        const row = await db().legalRecord.findFirstOrThrow({ where, select: { version: true, content: true } });
        return { version: row.version, value: (row.content as Record<string, string>).risks };
      },
      expected: (i) => `Risk ${i}`,
      audit: { systemId: org.systemId, action: versionBefore ? "legal_record.updated" : "legal_record.created" },
    };
  },
});

// Legal's sign-off of an Art 6(3) assessment, by N people at once: one signature, the others told who signed.
const derogationSignOff: Scenario = {
  entryPoint: "signOffDerogation (legal sign-off)",
  setup: async () => {
    const org = await legalOrganisation(DEROGATION_PROFILE);
    const editors = await namedEditors(org.organizationId, N);
    await saveDerogation(org.compliance, legalInput(org.systemId, FULL_DEROGATION, { complete: true }));
    const where = { organizationId: org.organizationId, systemId: org.systemId, kind: "DEROGATION" as const };
    const read = async () => {
      const row = await db().legalRecord.findFirstOrThrow({ where, select: { version: true, signedOffById: true } });
      return { version: row.version, value: row.signedOffById };
    };
    const edit = (i: number) => outcomeOf(signOffDerogation(editors[i].actor, { systemId: org.systemId, version: 1 }));
    const conflict = (winner: string) => conflictNaming(winner, /^(Already signed off|Changed) by WINNER at /);
    return {
      editors,
      versionBefore: 1,
      edit,
      read,
      expected: (i) => editors[i].actor.userId,
      audit: { systemId: org.systemId, action: "legal_record.signed_off" },
      conflict,
    };
  },
};

const incidentEdit: Scenario = {
  entryPoint: "updateIncident (incident form action)",
  setup: async () => {
    const org = await highRiskSetup();
    const editors = await namedEditors(org.organizationId, N);
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
      edit: (i) => outcomeOf(updateIncident(editors[i].actor, edit(i))),
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
    const editors = await namedEditors(org.organizationId, N);
    const { id } = await createIncident(org.admin, incidentInput(org.systemId));
    const reason = (i: number) => `Closed by editor ${i}: not a serious incident.`;
    return {
      editors,
      versionBefore: 1,
      edit: (i) => outcomeOf(closeIncident(editors[i].actor, { incidentId: id, version: 1, reason: reason(i) })),
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

// version 1: N edits of an existing plan; version 0: the system's first plan saved by N people at once.
const planEdit = (versionBefore: number): Scenario => ({
  entryPoint: versionBefore
    ? "saveMonitoringPlan (monitoring tab), existing plan"
    : "saveMonitoringPlan, first save of the plan",
  setup: async () => {
    const org = await highRiskSetup();
    const editors = await namedEditors(org.organizationId, N);
    if (versionBefore) await saveMonitoringPlan(org.admin, plan(org.systemId, 0, "Initial"));
    return {
      editors,
      versionBefore,
      edit: (i) => outcomeOf(saveMonitoringPlan(editors[i].actor, plan(org.systemId, versionBefore, `Notes ${i}`))),
      read: async () => {
        const rows = await db().monitoringPlan.findMany({
          where: { systemId: org.systemId },
          select: { version: true, notes: true },
        });
        expect(rows).toHaveLength(1);
        return { version: rows[0].version, value: rows[0].notes };
      },
      expected: (i) => `Notes ${i}`,
      audit: { systemId: org.systemId, action: versionBefore ? "monitoring_plan.updated" : "monitoring_plan.created" },
    };
  },
});

// Every table with an optimistic-lock column, and how a user edits it. A new one fails the discovery test below.
const LOCKED: Record<string, Scenario[]> = {
  AiSystem: [systemViaDal, systemViaApi, systemFormVersusBulk],
  Obligation: [obligationViaDal, obligationViaApi],
  LegalRecord: [friaEdit(1), friaEdit(0), derogationSignOff],
  Incident: [incidentEdit, incidentClose],
  MonitoringPlan: [planEdit(1), planEdit(0)],
};

describe("no lost updates under real concurrency", () => {
  it("knows every table with an optimistic-lock version column (an undeclared one fails)", async () => {
    const columns = await db().$queryRawUnsafe<{ table_name: string; column_default: string | null }[]>(
      `SELECT table_name, column_default FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'version' AND data_type = 'integer' ORDER BY 1`,
    );
    const locks = columns.filter((c) => c.column_default === "1").map((c) => c.table_name);
    const sequences = columns.filter((c) => c.column_default !== "1").map((c) => c.table_name);
    expect(locks.sort()).toEqual(Object.keys(LOCKED).sort());
    expect(sequences.sort()).toEqual(Object.keys(SEQUENCE_NUMBERS).sort());
  });

  const cases = Object.entries(LOCKED).flatMap(([table, scenarios]) =>
    scenarios.map((scenario) => [table, scenario.entryPoint, scenario] as const),
  );

  it.each(cases)(
    `%s via %s: of ${N} simultaneous edits one wins, the others get a conflict naming the winner`,
    async (table, entryPoint, scenario) => {
      const target = await scenario.setup();
      const auditBefore = await db().auditEvent.count({ where: target.audit });
      await expectNoLostUpdate(entryPoint, target, await raceOnTable(table, N, target.edit), auditBefore);
    },
  );
});

describe("no lost updates from the app's own writes to versioned rows", () => {
  it("a monitoring breach racing an edit of the same obligation neither deadlocks nor overwrites the saved decision", async () => {
    const { organizationId, systemId, pmm } = await highRiskSetup();
    const [person, monitor] = await namedEditors(organizationId, 2);
    await db().obligation.update({ where: { id: pmm.id }, data: { status: "DONE" } });
    const decision = ZUpdateObligation.parse({
      obligationId: pmm.id,
      version: 1,
      status: "NOT_APPLICABLE",
      ownerId: "",
      dueDate: "",
      notApplicableReason: "The system was withdrawn from the market.",
    });

    // Both read the obligation as done at version 1; the person's save reaches the row first. The breach holds the
    // organisation's audit lock by then (it audits the event first), so the two take the same locks in opposite order.
    const race = await inOrderOnRow("Obligation", pmm.id, [
      () => outcomeOf(updateObligation(person.actor, decision)),
      () => outcomeOf(recordMonitoringEvent(monitor.actor, eventInput(systemId))),
    ]);

    expect(race.overlapped).toBeGreaterThanOrEqual(2);
    expect(race.outcomes).toEqual([{ ok: true }, { ok: true }]);
    // The saved decision stands: the breach still opens its task, but must not reopen a row it read before the save.
    const stored = await db().obligation.findUniqueOrThrow({
      where: { id: pmm.id },
      select: { status: true, notApplicableReason: true },
    });
    expect(stored).toEqual({
      status: "NOT_APPLICABLE",
      notApplicableReason: "The system was withdrawn from the market.",
    });
    expect(await db().task.count({ where: { organizationId, obligationId: pmm.id } })).toBe(1);
  });
});
