import { db } from "@/lib/db/client";
import type { ObligationStatus } from "@/lib/db/generated/client";
import { createSystem } from "../../helpers/factories";

// Records the crosswalk reads, written straight to the database: a classified system, its duties in each state, a
// risk, and an operator with or without a current training.

export async function classifiedSystem(organizationId: string, name: string, tier: "HIGH" | "MINIMAL") {
  const id = await createSystem(organizationId, name);
  await db().aiSystem.update({ where: { id }, data: { tier } });
  return id;
}

export async function duty(
  o: { organizationId: string; systemId: string },
  code: string,
  status: ObligationStatus,
  withEvidence = false,
) {
  const obligation = await db().obligation.create({
    data: {
      ...o,
      code,
      role: "provider",
      article: "Art 10",
      title: code,
      appliesFrom: new Date("2027-08-02"),
      status,
      completionNote: status === "DONE" ? "done" : "",
    },
  });
  if (withEvidence)
    await db().evidence.create({
      data: { ...o, obligationId: obligation.id, kind: "LINK", title: "Proof", url: "https://example.test/proof" },
    });
  return obligation.id;
}

export const risk = (o: { organizationId: string; systemId: string }) =>
  db().risk.create({ data: { ...o, title: "Bias", likelihood: 3, impact: 4, fundamentalRights: [] } });

export async function operator(o: { organizationId: string; systemId: string }, email: string, trained: boolean) {
  const person = await db().literacyPerson.create({ data: { organizationId: o.organizationId, name: email, email } });
  await db().systemOperator.create({ data: { ...o, personId: person.id, role: "OPERATOR" } });
  if (!trained) return;
  const item = await db().learningItem.create({
    data: { organizationId: o.organizationId, title: "Basics", kind: "COURSE", allSystems: true, intendedRoles: [] },
  });
  await db().literacyCompletion.create({
    data: {
      organizationId: o.organizationId,
      personId: person.id,
      itemId: item.id,
      completedOn: new Date("2026-11-01"),
    },
  });
}
