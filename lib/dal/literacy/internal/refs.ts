import "server-only";
import type { Member } from "@/lib/access/actor";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notFound } from "@/lib/dal/core/not-found";

// Look-ups that prove a referenced row is in the actor's organisation before it is written anywhere (the composite
// foreign keys refuse it anyway; this turns the refusal into a message next to the field).

export const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: { [field]: [message] } });

export const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

export async function checkUnit(tx: Tx, member: Member, unitId: string | null): Promise<void> {
  if (!unitId) return;
  const unit = await tx.businessUnit.findFirst({ where: { id: unitId, organizationId: member.organizationId } });
  if (!unit) throw invalid("businessUnitId", "Choose one of the organisation's business units.");
}

export async function findPerson(tx: Tx, member: Member, personId: string) {
  const person = await tx.literacyPerson.findFirst({ where: { id: personId, organizationId: member.organizationId } });
  if (!person) throw notFound("person");
  return person;
}

export async function findItem(tx: Tx, member: Member, itemId: string) {
  const item = await tx.learningItem.findFirst({ where: { id: itemId, organizationId: member.organizationId } });
  if (!item) throw notFound("learning item");
  return item;
}

export async function checkSystems(tx: Tx, member: Member, systemIds: string[]): Promise<void> {
  if (systemIds.length === 0) return;
  const found = await tx.aiSystem.count({ where: { id: { in: systemIds }, organizationId: member.organizationId } });
  if (found !== new Set(systemIds).size) throw invalid("systemIds", "Choose AI systems of this organisation.");
}

/** The member of this organisation with that e-mail, if any, so a person record links to their account. */
export async function memberUserId(tx: Tx, member: Member, email: string): Promise<string | null> {
  const m = await tx.membership.findFirst({
    where: { organizationId: member.organizationId, user: { email: { equals: email, mode: "insensitive" } } },
    select: { userId: true },
  });
  return m?.userId ?? null;
}
