import type { UserActor } from "@/lib/access/actor";
import { addDays, todayIso } from "@/lib/dates";
import { assignOperator, recordCompletion } from "@/lib/dal/literacy/completions";
import { createLearningItem } from "@/lib/dal/literacy/items";
import { createPerson } from "@/lib/dal/literacy/people";
import { acknowledgePolicy } from "@/lib/dal/policies/acknowledgements";
import { linkPolicyToObligation } from "@/lib/dal/policies/evidence-links";
import { savePolicy, startPolicy } from "@/lib/dal/policies/policies";
import { approveVersion, publishVersion, submitVersion } from "@/lib/dal/policies/workflow";
import { db } from "@/lib/db/client";
import { ZLearningItem, ZRecordCompletion } from "@/lib/validations/literacy";
import { ZSavePolicy } from "@/lib/validations/policies";
import { item } from "../literacy/fixtures";
import { saveInput } from "../policies/fixtures";

// The literacy register and a policy of one system, built through the data layer the register and policy pages call.

const today = todayIso();

async function person(admin: UserActor, name: string, jobRole: string) {
  const email = `${name.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}@bank.example`;
  return (await createPerson(admin, { name, email, jobRole, businessUnitId: null })).id;
}

async function trained(admin: UserActor, personId: string, itemId: string, completedOn: string, expiresOn: string) {
  await recordCompletion(
    admin,
    ZRecordCompletion.parse({ personId, itemId, completedOn, expiresOn, evidenceNote: "", evidenceUrl: "" }),
  );
}

/**
 * Three people around the system: Ana trained (a general course, current), Bruno expired (the system's oversight
 * course lapsed yesterday), Cyra never trained; plus a role-only item for Ana's job and one for nobody here.
 */
export async function literacyOf(admin: UserActor, systemId: string) {
  const create = (over: Parameters<typeof item>[0]) => createLearningItem(admin, ZLearningItem.parse(item(over)));
  const basics = await create({ title: "AI basics for staff", allSystems: true, validityMonths: "12" });
  const oversight = await create({
    title: "Overseeing the scoring model",
    allSystems: false,
    systemIds: [systemId],
    validityMonths: "6",
    intendedRoles: "Credit officers",
  });
  await create({ title: "Prompt hygiene", allSystems: false, intendedRoles: "Credit analyst", validityMonths: "" });
  await create({ title: "Marketing copy tools", allSystems: false, intendedRoles: "Marketer" });
  const ana = await person(admin, "Ana", "Credit analyst");
  const bruno = await person(admin, "Bruno", "Credit officer");
  const cyra = await person(admin, "Cyra", "Credit officer");
  await assignOperator(admin, { systemId, personId: ana, role: "OPERATOR" });
  await assignOperator(admin, { systemId, personId: bruno, role: "OVERSIGHT" });
  await assignOperator(admin, { systemId, personId: cyra, role: "OPERATOR" });
  await assignOperator(admin, { systemId, personId: cyra, role: "OVERSIGHT" });
  await trained(admin, ana, basics.id, addDays(today, -30), addDays(today, 335));
  await trained(admin, bruno, oversight.id, addDays(today, -200), addDays(today, -1));
  return { ana, bruno, cyra, basics, oversight, today };
}

/** A published policy (officer writes, legal approves and publishes), acknowledged by the officer only. */
export async function publishedPolicy(officer: UserActor, legal: UserActor) {
  const { id: policyId } = await startPolicy(officer, "human-oversight");
  await savePolicy(officer, ZSavePolicy.parse(saveInput(policyId, 1, { title: "Human oversight of credit AI" })));
  const version = await db().policyVersion.findFirstOrThrow({ where: { policyId }, select: { id: true } });
  await submitVersion(officer, version.id);
  await approveVersion(legal, version.id);
  await publishVersion(legal, version.id);
  await acknowledgePolicy(officer, version.id);
  return { policyId, versionId: version.id };
}

/** The system's duty under `article`, its files removed, backed by the policy alone. */
export async function backedByPolicyOnly(admin: UserActor, systemId: string, article: string, policyId: string) {
  const duty = await db().obligation.findFirstOrThrow({
    where: { systemId, article: { startsWith: article } },
    select: { id: true, article: true, title: true },
  });
  await db().evidence.deleteMany({ where: { obligationId: duty.id } });
  await linkPolicyToObligation(admin, { obligationId: duty.id, policyId });
  return duty;
}
