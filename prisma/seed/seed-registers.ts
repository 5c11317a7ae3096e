import type { UserActor } from "../../lib/access/actor";
import { addDays, todayIso } from "../../lib/dates";
import { db } from "../../lib/db/client";
import { assignOperator, recordCompletion } from "../../lib/dal/literacy/completions";
import { createLearningItem } from "../../lib/dal/literacy/items";
import { createPerson } from "../../lib/dal/literacy/people";
import { acknowledgePolicy } from "../../lib/dal/policies/acknowledgements";
import { startPolicy } from "../../lib/dal/policies/policies";
import { approveVersion, publishVersion, submitVersion } from "../../lib/dal/policies/workflow";
import { acceptRisk } from "../../lib/dal/risks/accept";
import { linkRiskObligation } from "../../lib/dal/risks/links";
import { createRisk } from "../../lib/dal/risks/risks";
import { setApplicability } from "../../lib/dal/standards/applicability";
import { ZLearningItem } from "../../lib/validations/literacy";
import { ZAcceptRisk, ZCreateRisk } from "../../lib/validations/risks";
import {
  DEMO_COMPLETIONS,
  DEMO_OPERATORS,
  DEMO_PEOPLE,
  DEMO_RISKS,
  DEMO_SOA,
  ESSENTIALS,
  OVERSIGHT,
  OVERSIGHT_SYSTEMS,
} from "./demo-registers";

type Keys = "admin" | "compliance" | "legal";

// The registers are filled through the data layer, as the pages fill them, so the rows are what the app would store
// (validated, audited, the Art 4 duty following the literacy register) and the demo shows nothing the app could not.
// Runs once, right after the demo organisation is created and in the same transaction (seed-demo.ts).
export async function seedDemoRegisters(organizationId: string, userIds: Map<string, string>): Promise<void> {
  const as = (key: Keys): UserActor => {
    const userId = userIds.get(key);
    if (!userId) throw new Error(`The demo users must include ${key}`);
    return { kind: "user", userId, organizationId };
  };
  const systems = new Map(
    (await db().aiSystem.findMany({ where: { organizationId }, select: { id: true, name: true } })).map((s) => [
      s.name,
      s.id,
    ]),
  );
  const systemId = (name: string) => {
    const id = systems.get(name);
    if (!id) throw new Error(`The demo has no system named ${name}`);
    return id;
  };
  const today = todayIso();
  await seedRisks(as, systemId, today);
  await seedLiteracy(as("compliance"), organizationId, systemId, today);
  await seedPolicy(as);
  for (const d of DEMO_SOA) await setApplicability(as("compliance"), { framework: "iso-42001", ...d, version: 0 });
}

async function seedRisks(as: (key: Keys) => UserActor, systemId: (name: string) => string, today: string) {
  for (const { system, owner, reviewInDays, accept, ...fields } of DEMO_RISKS) {
    const actor = as(owner);
    const input = ZCreateRisk.parse({
      ...fields,
      systemId: systemId(system),
      ownerId: actor.userId,
      nextReviewDate: addDays(today, reviewInDays),
    });
    const { id } = await createRisk(as("compliance"), input);
    if (accept)
      await acceptRisk(as("compliance"), ZAcceptRisk.parse({ riskId: id, version: 1, justification: accept }));
    // A mitigation carried out through the system's Art 9 duty.
    if (fields.treatment === "MITIGATE") {
      const duty = await db().obligation.findFirst({
        where: { systemId: input.systemId, code: "hr.risk_management", obsoleteAt: null },
        select: { id: true },
      });
      if (duty) await linkRiskObligation(as("compliance"), { riskId: id, obligationId: duty.id });
    }
  }
}

async function seedLiteracy(
  officer: UserActor,
  organizationId: string,
  systemId: (name: string) => string,
  today: string,
) {
  const units = new Map(
    (await db().businessUnit.findMany({ where: { organizationId }, select: { id: true, name: true } })).map((u) => [
      u.name,
      u.id,
    ]),
  );
  const people = new Map<string, string>();
  for (const p of DEMO_PEOPLE) {
    const { id } = await createPerson(officer, {
      name: p.name,
      email: p.email,
      jobRole: p.jobRole,
      businessUnitId: units.get(p.unit) ?? null,
    });
    people.set(p.email, id);
  }
  const items = new Map<string, string>();
  const essentials = ZLearningItem.parse({
    title: ESSENTIALS,
    kind: "COURSE",
    description: "What the AI Act asks of everyone who uses AI at work: prohibited uses, transparency, reporting.",
    validityMonths: "12",
    intendedRoles: "Everyone who operates or oversees an AI system",
    allSystems: true,
    systemIds: [],
  });
  items.set(ESSENTIALS, (await createLearningItem(officer, essentials)).id);
  const oversight = ZLearningItem.parse({
    title: OVERSIGHT,
    kind: "BRIEFING",
    description: "Reading a score, knowing its limits, and when and how to override it (Art 14, Art 26(2)).",
    validityMonths: "24",
    intendedRoles: "Credit officers, recruiters and their managers",
    allSystems: false,
    systemIds: OVERSIGHT_SYSTEMS.map(systemId),
  });
  items.set(OVERSIGHT, (await createLearningItem(officer, oversight)).id);
  const idOf = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Unknown demo person or item: ${key}`);
    return id;
  };
  for (const o of DEMO_OPERATORS)
    await assignOperator(officer, { systemId: systemId(o.system), personId: idOf(people, o.email), role: o.role });
  for (const c of DEMO_COMPLETIONS)
    await recordCompletion(officer, {
      personId: idOf(people, c.email),
      itemId: idOf(items, c.item),
      completedOn: addDays(today, -c.daysAgo),
      // Left empty, the item's refresher cycle sets the expiry, as in the form.
      expiresOn: null,
      evidenceNote: "Attendance list kept by HR.",
      evidenceUrl: null,
    });
}

// The acceptable-use policy from our template: written by compliance, approved and published by legal, and already
// read by three of the five members (the manager and the auditor still have it under "To read").
async function seedPolicy(as: (key: Keys) => UserActor) {
  const { id: policyId } = await startPolicy(as("compliance"), "acceptable-use");
  const { id: versionId } = await db().policyVersion.findFirstOrThrow({ where: { policyId }, select: { id: true } });
  await submitVersion(as("compliance"), versionId);
  await approveVersion(as("legal"), versionId);
  await publishVersion(as("legal"), versionId);
  for (const key of ["compliance", "legal", "admin"] as const) await acknowledgePolicy(as(key), versionId);
}
