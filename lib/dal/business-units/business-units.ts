import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { movePolicyAudiences } from "@/lib/dal/policies/internal/audience-units";

// The organisation's business units, a managed list so that one unit has one name on every chart. Names are unique
// per organisation ignoring case (a unique index on lower(name)); AiSystem.businessUnit is kept equal to the unit's
// name by the database (migration *_business_units), so renaming or merging here is all the systems need.

export type BusinessUnitDTO = { id: string; name: string; systems: number };
type UnitRef = { id: string; name: string };

export async function listBusinessUnits(actor: Actor): Promise<BusinessUnitDTO[]> {
  const member = await authorize(actor, "system.read");
  const units = await db().businessUnit.findMany({
    where: { organizationId: member.organizationId },
    select: { id: true, name: true, _count: { select: { systems: true } } },
  });
  // In the order people read them ("customer service" before "HR"), not the database's byte order.
  return units
    .map((u) => ({ id: u.id, name: u.name, systems: u._count.systems }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}

/** The unit of that name (ignoring case and surrounding spaces), created when there is none; null for "". */
export async function resolveBusinessUnit(tx: Tx, member: Member, name: string): Promise<UnitRef | null> {
  const clean = name.trim();
  if (!clean) return null;
  const existing = await findByName(tx, member.organizationId, clean);
  if (existing) return existing;
  // ON CONFLICT: two people adding the same new unit at once get the same unit, not an error.
  const [created] = await tx.$queryRaw<UnitRef[]>`
    INSERT INTO "BusinessUnit" ("id", "organizationId", "name")
    VALUES (${"bu" + crypto.randomUUID().replaceAll("-", "")}, ${member.organizationId}, ${clean})
    ON CONFLICT ("organizationId", lower("name")) DO NOTHING
    RETURNING "id", "name"`;
  if (!created) return findByName(tx, member.organizationId, clean);
  await writeAudit(tx, member, {
    action: "businessUnit.created",
    entityType: "BusinessUnit",
    entityId: created.id,
    after: { name: clean },
  });
  return created;
}

/** The unit of each name (created where missing), keyed by the name as given; for bulk writers such as the CSV import. */
export async function resolveBusinessUnits(
  tx: Tx,
  member: Member,
  names: Iterable<string>,
): Promise<Map<string, UnitRef | null>> {
  const units = new Map<string, UnitRef | null>();
  for (const name of new Set(names)) units.set(name, await resolveBusinessUnit(tx, member, name));
  return units;
}

function findByName(tx: Tx, organizationId: string, name: string) {
  return tx.businessUnit.findFirst({
    where: { organizationId, name: { equals: name, mode: "insensitive" } },
    select: { id: true, name: true },
  });
}

/** Adds a unit on the fly (from the system form): an existing unit of the same name is returned instead. */
export async function createBusinessUnit(actor: Actor, name: string): Promise<UnitRef> {
  const member = await authorize(actor, "system.write");
  const unit = await db().$transaction((tx) => resolveBusinessUnit(tx, member, name));
  if (!unit)
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      fieldErrors: { name: ["Enter the unit's name."] },
    });
  return unit;
}

async function findUnit(tx: Tx, member: Member, id: string) {
  const unit = await tx.businessUnit.findFirst({
    where: { id, organizationId: member.organizationId },
    select: { id: true, name: true, _count: { select: { systems: true, literacyPeople: true } } },
  });
  if (!unit) throw notFound("business unit");
  return unit;
}

export async function renameBusinessUnit(actor: Actor, input: { unitId: string; name: string }): Promise<void> {
  const member = await authorize(actor, "organization.manage");
  const name = input.name.trim();
  await db().$transaction(async (tx) => {
    const unit = await findUnit(tx, member, input.unitId);
    if (unit.name === name) return;
    const clash = await findByName(tx, member.organizationId, name);
    if (clash && clash.id !== unit.id)
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
        fieldErrors: { name: [`“${clash.name}” already exists: merge into it instead of renaming.`] },
      });
    await tx.businessUnit.updateMany({ where: { id: unit.id, organizationId: member.organizationId }, data: { name } });
    await writeAudit(tx, member, {
      action: "businessUnit.renamed",
      entityType: "BusinessUnit",
      entityId: unit.id,
      before: { name: unit.name },
      after: { name },
    });
  });
}

/** Moves every system of one unit to another and deletes the emptied unit, in one transaction. */
export async function mergeBusinessUnits(
  actor: Actor,
  input: { fromId: string; intoId: string },
): Promise<{ moved: number }> {
  const member = await authorize(actor, "organization.manage");
  if (input.fromId === input.intoId)
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      fieldErrors: { intoId: ["Choose a different unit to merge into."] },
    });
  return db().$transaction(async (tx) => {
    const from = await findUnit(tx, member, input.fromId);
    const into = await findUnit(tx, member, input.intoId);
    const { count } = await tx.aiSystem.updateMany({
      where: { organizationId: member.organizationId, businessUnitId: from.id },
      data: { businessUnitId: into.id },
    });
    // People of the literacy register move too (deleting the unit would otherwise null their unit).
    await tx.literacyPerson.updateMany({
      where: { organizationId: member.organizationId, businessUnitId: from.id },
      data: { businessUnitId: into.id },
    });
    // Policies addressed to the merged unit stay addressed to its people, now in the surviving unit.
    await movePolicyAudiences(tx, member.organizationId, from.id, into.id);
    await tx.businessUnit.deleteMany({ where: { id: from.id, organizationId: member.organizationId } });
    await writeAudit(tx, member, {
      action: "businessUnit.merged",
      entityType: "BusinessUnit",
      entityId: into.id,
      before: { from: { id: from.id, name: from.name }, into: { id: into.id, name: into.name } },
      after: { into: { id: into.id, name: into.name }, systemsMoved: count },
    });
    return { moved: count };
  });
}

/** Deletes a unit no system uses; a unit in use is merged into another instead, so no system loses its unit. */
export async function deleteBusinessUnit(actor: Actor, unitId: string): Promise<void> {
  const member = await authorize(actor, "organization.manage");
  await db().$transaction(async (tx) => {
    const unit = await findUnit(tx, member, unitId);
    if (unit._count.systems > 0)
      throw new AppError(
        "CONFLICT",
        `“${unit.name}” still has ${unit._count.systems === 1 ? "1 system" : `${unit._count.systems} systems`}: merge it into another unit instead.`,
      );
    const people = unit._count.literacyPeople;
    if (people > 0)
      throw new AppError(
        "CONFLICT",
        `“${unit.name}” still has ${people === 1 ? "1 person" : `${people} people`} in the AI-literacy register: merge it into another unit instead.`,
      );
    await tx.businessUnit.deleteMany({ where: { id: unit.id, organizationId: member.organizationId } });
    await writeAudit(tx, member, {
      action: "businessUnit.deleted",
      entityType: "BusinessUnit",
      entityId: unit.id,
      before: { name: unit.name },
    });
  });
}
