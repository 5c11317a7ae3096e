import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectNoLostUpdate, raceOnTable, RACERS, type Scenario } from "./concurrency";
import { INCIDENT_SCENARIOS, MONITORING_PLAN_SCENARIOS } from "./lost-updates-incidents-monitoring";
import { LEGAL_RECORD_SCENARIOS, OBLIGATION_SCENARIOS } from "./lost-updates-obligations-legal";
import { POLICY_SCENARIOS } from "./lost-updates-policies";
import { RISK_SCENARIOS } from "./lost-updates-risks";
import { STANDARDS_SCENARIOS } from "./lost-updates-standards";
import { SYSTEM_SCENARIOS } from "./lost-updates-systems";

// The app's own writes racing a user's edit are in lost-updates-app-writes.int.test.ts.

// Integer "version" columns without a default count revisions (1, 2, 3 …): no one edits a row in place.
const SEQUENCE_NUMBERS: Record<string, string> = {
  EvidenceVersion: "the n-th upload of an evidence item; rows are immutable",
  DossierVersion: "the n-th generated dossier; rows are immutable (trigger)",
  DeployerPack: "the n-th published deployer pack of a system; a publication is never edited, only followed",
};

// Every table with an optimistic-lock column, and how a user edits it. A new one fails the discovery test below.
const LOCKED: Record<string, Scenario[]> = {
  AiSystem: SYSTEM_SCENARIOS,
  Obligation: OBLIGATION_SCENARIOS,
  LegalRecord: LEGAL_RECORD_SCENARIOS,
  Incident: INCIDENT_SCENARIOS,
  MonitoringPlan: MONITORING_PLAN_SCENARIOS,
  Risk: RISK_SCENARIOS,
  Policy: POLICY_SCENARIOS,
  ControlApplicability: STANDARDS_SCENARIOS,
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
    `%s via %s: of ${RACERS} simultaneous edits one wins, the others get a conflict naming the winner`,
    async (table, entryPoint, scenario) => {
      const target = await scenario.setup();
      const auditBefore = await db().auditEvent.count({ where: target.audit });
      await expectNoLostUpdate(entryPoint, target, await raceOnTable(table, RACERS, target.edit), auditBefore);
    },
  );
});
