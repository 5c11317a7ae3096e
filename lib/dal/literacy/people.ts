import "server-only";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import type { z } from "zod";
import type { ZCreatePerson, ZUpdatePerson } from "@/lib/validations/literacy";
import { checkUnit, findPerson, invalid, isUniqueViolation, memberUserId } from "./internal/refs";

// People of the AI-literacy register (Art 4): members and staff without an account. Read by everyone who reads the
// inventory; written by those who edit systems.

export type LiteracyPersonDTO = {
  id: string;
  name: string;
  email: string;
  jobRole: string;
  businessUnitId: string | null;
  unitName: string | null;
  isMember: boolean;
  completions: number;
};

const DUPLICATE = "Someone with this e-mail address is already in the register.";

export async function listPeople(actor: Actor): Promise<LiteracyPersonDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().literacyPerson.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 2000,
    select: {
      id: true,
      name: true,
      email: true,
      jobRole: true,
      businessUnitId: true,
      userId: true,
      unit: { select: { name: true } },
      _count: { select: { completions: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    jobRole: r.jobRole,
    businessUnitId: r.businessUnitId,
    unitName: r.unit?.name ?? null,
    isMember: r.userId !== null,
    completions: r._count.completions,
  }));
}

/** The register as choices for a select (name and e-mail): what the system Overview offers to assign. */
export async function listPersonChoices(actor: Actor): Promise<{ id: string; name: string; email: string }[]> {
  const member = await authorize(actor, "system.read");
  return db().literacyPerson.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 2000,
    select: { id: true, name: true, email: true },
  });
}

export async function createPerson(actor: Actor, input: z.output<typeof ZCreatePerson>): Promise<{ id: string }> {
  const member = await authorize(actor, "system.write");
  try {
    return await db().$transaction(async (tx) => {
      await checkUnit(tx, member, input.businessUnitId);
      const person = await tx.literacyPerson.create({
        data: {
          organizationId: member.organizationId,
          name: input.name,
          email: input.email,
          jobRole: input.jobRole,
          businessUnitId: input.businessUnitId,
          userId: await memberUserId(tx, member, input.email),
        },
        select: { id: true },
      });
      await writeAudit(tx, member, {
        action: "literacyPerson.created",
        entityType: "LiteracyPerson",
        entityId: person.id,
        after: { name: input.name, email: input.email },
      });
      return person;
    });
  } catch (e) {
    throw isUniqueViolation(e) ? invalid("email", DUPLICATE) : e;
  }
}

export async function updatePerson(actor: Actor, input: z.output<typeof ZUpdatePerson>): Promise<void> {
  const member = await authorize(actor, "system.write");
  try {
    await db().$transaction(async (tx) => {
      const before = await findPerson(tx, member, input.personId);
      await checkUnit(tx, member, input.businessUnitId);
      await tx.literacyPerson.updateMany({
        where: { id: before.id, organizationId: member.organizationId },
        data: {
          name: input.name,
          email: input.email,
          jobRole: input.jobRole,
          businessUnitId: input.businessUnitId,
          userId: await memberUserId(tx, member, input.email),
        },
      });
      await writeAudit(tx, member, {
        action: "literacyPerson.updated",
        entityType: "LiteracyPerson",
        entityId: before.id,
        before: { name: before.name, email: before.email, jobRole: before.jobRole, unit: before.businessUnitId },
        after: { name: input.name, email: input.email, jobRole: input.jobRole, unit: input.businessUnitId },
      });
    });
  } catch (e) {
    throw isUniqueViolation(e) ? invalid("email", DUPLICATE) : e;
  }
}

/** Removes a person with their completions and assignments (the audit trail keeps who they were). */
export async function deletePerson(actor: Actor, personId: string): Promise<void> {
  const member = await authorize(actor, "system.write");
  await db().$transaction(async (tx) => {
    const person = await findPerson(tx, member, personId);
    await tx.literacyPerson.deleteMany({ where: { id: person.id, organizationId: member.organizationId } });
    await writeAudit(tx, member, {
      action: "literacyPerson.deleted",
      entityType: "LiteracyPerson",
      entityId: person.id,
      before: { name: person.name, email: person.email },
    });
  });
}
