import { db } from "@/lib/db/client";

// The rich organisation's Art 4 register: a person in a unit linked to a member, an item meant for one system, a
// completion with every column filled and an operator assignment, so the export round trip and the tenant probes
// cover every literacy table.
export async function addRichLiteracy(o: { organizationId: string; systemId: string; memberId: string }) {
  const { organizationId, systemId } = o;
  const unit = await db().businessUnit.create({ data: { organizationId, name: "Rich training unit" } });
  const member = await db().user.findUniqueOrThrow({ where: { id: o.memberId }, select: { email: true } });
  const person = await db().literacyPerson.create({
    data: {
      organizationId,
      name: "Rich trainee",
      email: member.email,
      jobRole: "Reviewer",
      businessUnitId: unit.id,
      userId: o.memberId,
    },
  });
  const item = await db().learningItem.create({
    data: {
      organizationId,
      title: "Rich course",
      kind: "COURSE",
      description: "How the ranking works and when to override it.",
      validityMonths: 12,
      intendedRoles: ["Reviewer"],
    },
  });
  await db().learningItemSystem.create({ data: { organizationId, itemId: item.id, systemId } });
  await db().literacyCompletion.create({
    data: {
      organizationId,
      personId: person.id,
      itemId: item.id,
      completedOn: new Date("2026-11-02"),
      expiresOn: new Date("2027-11-02"),
      evidenceNote: "Certificate on file",
      evidenceUrl: "https://learning.example/cert/1",
    },
  });
  await db().systemOperator.create({ data: { organizationId, personId: person.id, systemId, role: "OVERSIGHT" } });
}
