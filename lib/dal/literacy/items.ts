import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { db, type Tx } from "@/lib/db/client";
import type { Member } from "@/lib/access/actor";
import type { ZLearningItem, ZUpdateLearningItem } from "@/lib/validations/literacy";
import { checkSystems, findItem } from "./internal/refs";

// Learning items of the Art 4 programme: what people are trained with, and for which systems and roles.

export type LearningItemDTO = {
  id: string;
  title: string;
  kind: "COURSE" | "BRIEFING" | "DOCUMENT" | "EXTERNAL_CERTIFICATE";
  description: string;
  validityMonths: number | null;
  intendedRoles: string[];
  allSystems: boolean;
  systems: { id: string; name: string }[];
  completions: number;
};

type ItemInput = z.output<typeof ZLearningItem>;

// "Operators, risk owners" in the form; a list in the database.
const rolesOf = (text: string) =>
  [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((r) => r.trim())
        .filter(Boolean),
    ),
  ].slice(0, 50);

export async function listLearningItems(actor: Actor): Promise<LearningItemDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().learningItem.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 1000,
    select: {
      id: true,
      title: true,
      kind: true,
      description: true,
      validityMonths: true,
      intendedRoles: true,
      allSystems: true,
      systems: { select: { system: { select: { id: true, name: true } } }, take: 50 },
      _count: { select: { completions: true } },
    },
  });
  return rows.map(({ systems, _count, ...r }) => ({
    ...r,
    systems: systems.map((s) => s.system),
    completions: _count.completions,
  }));
}

/** One item with every system it is meant for (the list above shows at most 50 per item; an edit needs them all). */
export async function getLearningItem(actor: Actor, itemId: string): Promise<LearningItemDTO> {
  const member = await authorize(actor, "system.read");
  const r = await db().learningItem.findFirst({
    where: { id: itemId, organizationId: member.organizationId },
    select: {
      id: true,
      title: true,
      kind: true,
      description: true,
      validityMonths: true,
      intendedRoles: true,
      allSystems: true,
      systems: { select: { system: { select: { id: true, name: true } } } },
      _count: { select: { completions: true } },
    },
  });
  if (!r) throw notFound("learning item");
  const { systems, _count, ...rest } = r;
  return { ...rest, systems: systems.map((s) => s.system), completions: _count.completions };
}

async function writeItem(tx: Tx, member: Member, itemId: string, input: ItemInput) {
  const systemIds = input.allSystems ? [] : [...new Set(input.systemIds)];
  await checkSystems(tx, member, systemIds);
  await tx.learningItemSystem.deleteMany({ where: { itemId, organizationId: member.organizationId } });
  await tx.learningItemSystem.createMany({
    data: systemIds.map((systemId) => ({ organizationId: member.organizationId, itemId, systemId })),
  });
  return systemIds;
}

const fields = (input: ItemInput) => ({
  title: input.title,
  kind: input.kind,
  description: input.description,
  validityMonths: input.validityMonths,
  intendedRoles: rolesOf(input.intendedRoles),
  allSystems: input.allSystems,
});

export async function createLearningItem(actor: Actor, input: ItemInput): Promise<{ id: string }> {
  const member = await authorize(actor, "system.write");
  return db().$transaction(async (tx) => {
    const item = await tx.learningItem.create({
      data: { organizationId: member.organizationId, ...fields(input) },
      select: { id: true },
    });
    const systemIds = await writeItem(tx, member, item.id, input);
    await writeAudit(tx, member, {
      action: "learningItem.created",
      entityType: "LearningItem",
      entityId: item.id,
      after: { ...fields(input), systemIds },
    });
    return item;
  });
}

export async function updateLearningItem(actor: Actor, input: z.output<typeof ZUpdateLearningItem>): Promise<void> {
  const member = await authorize(actor, "system.write");
  await db().$transaction(async (tx) => {
    const before = await findItem(tx, member, input.itemId);
    await tx.learningItem.updateMany({
      where: { id: before.id, organizationId: member.organizationId },
      data: fields(input),
    });
    const systemIds = await writeItem(tx, member, before.id, input);
    await writeAudit(tx, member, {
      action: "learningItem.updated",
      entityType: "LearningItem",
      entityId: before.id,
      before: { title: before.title, validityMonths: before.validityMonths, allSystems: before.allSystems },
      after: { ...fields(input), systemIds },
    });
  });
}

export async function deleteLearningItem(actor: Actor, itemId: string): Promise<void> {
  const member = await authorize(actor, "system.write");
  await db().$transaction(async (tx) => {
    const item = await findItem(tx, member, itemId);
    await tx.learningItem.deleteMany({ where: { id: item.id, organizationId: member.organizationId } });
    await writeAudit(tx, member, {
      action: "learningItem.deleted",
      entityType: "LearningItem",
      entityId: item.id,
      before: { title: item.title },
    });
  });
}
