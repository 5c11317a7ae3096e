import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isoDay, todayIso } from "@/lib/dates";
import { isCurrent } from "@/lib/literacy/coverage";
import { SYSTEM_OPTIONS_LIMIT } from "@/lib/validations/literacy";
import type { LiteracyPersonDTO } from "./people";

// The People tab at thousands of people: one page of a search, and one person with their trainings and systems.

export const PEOPLE_PAGE_SIZE = 50;

export async function searchPeople(
  actor: Actor,
  opts: { q?: string; page?: number } = {},
): Promise<{ people: LiteracyPersonDTO[]; total: number; page: number; pages: number }> {
  const member = await authorize(actor, "system.read");
  const q = (opts.q ?? "").trim().slice(0, 200);
  const where: Prisma.LiteracyPersonWhereInput = {
    organizationId: member.organizationId,
    ...(q && { OR: await matching(member.organizationId, q) }),
  };
  const total = await db().literacyPerson.count({ where });
  const pages = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1) || 1), pages);
  const rows = await db().literacyPerson.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * PEOPLE_PAGE_SIZE,
    take: PEOPLE_PAGE_SIZE,
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
  const people = rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    jobRole: r.jobRole,
    businessUnitId: r.businessUnitId,
    unitName: r.unit?.name ?? null,
    isMember: r.userId !== null,
    completions: r._count.completions,
  }));
  return { people, total, page, pages };
}

// Every condition on the person's own columns, so that Postgres combines the trigram index on name, e-mail and job
// role with the unit index (a BitmapOr); a condition through the unit relation made it read all 20,000 people
// (BENCHMARKS.md, AI-literacy register). The matching units are few: looked up first, by name.
async function matching(organizationId: string, q: string): Promise<Prisma.LiteracyPersonWhereInput[]> {
  const contains = { contains: q, mode: "insensitive" } as const;
  const units = await db().businessUnit.findMany({
    where: { organizationId, name: contains },
    select: { id: true },
    take: 1000,
  });
  return [
    { name: contains },
    { email: contains },
    { jobRole: contains },
    ...(units.length > 0 ? [{ businessUnitId: { in: units.map((u) => u.id) } }] : []),
  ];
}

export type PersonCompletionDTO = {
  id: string;
  itemId: string;
  itemTitle: string;
  completedOn: string;
  expiresOn: string | null;
  current: boolean;
  evidenceNote: string;
  evidenceUrl: string | null;
  /** The certificate kept with the record (download: /literacy/completions/[id]/file). */
  file: { fileName: string; sizeBytes: number } | null;
};
export type PersonAssignmentDTO = { systemId: string; systemName: string; role: "OPERATOR" | "OVERSIGHT" };
export type PersonDetailDTO = LiteracyPersonDTO & {
  completionList: PersonCompletionDTO[];
  assignments: PersonAssignmentDTO[];
};

/** One person of the actor's organisation, or not found (another organisation's id is simply not there). */
export async function getPerson(actor: Actor, personId: string, today = todayIso()): Promise<PersonDetailDTO> {
  const member = await authorize(actor, "system.read");
  const p = await db().literacyPerson.findFirst({
    where: { id: personId, organizationId: member.organizationId },
    select: {
      id: true,
      name: true,
      email: true,
      jobRole: true,
      businessUnitId: true,
      userId: true,
      unit: { select: { name: true } },
      completions: {
        orderBy: [{ completedOn: "desc" }, { id: "asc" }],
        take: 500,
        select: {
          id: true,
          itemId: true,
          completedOn: true,
          expiresOn: true,
          evidenceNote: true,
          evidenceUrl: true,
          fileName: true,
          fileSizeBytes: true,
          item: { select: { title: true } },
        },
      },
      operates: {
        orderBy: [{ system: { name: "asc" } }, { role: "asc" }],
        take: 500,
        select: { role: true, system: { select: { id: true, name: true } } },
      },
    },
  });
  if (!p) throw notFound("person");
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    jobRole: p.jobRole,
    businessUnitId: p.businessUnitId,
    unitName: p.unit?.name ?? null,
    isMember: p.userId !== null,
    completions: p.completions.length,
    completionList: p.completions.map((c) => {
      const expiresOn = isoDay(c.expiresOn);
      return {
        id: c.id,
        itemId: c.itemId,
        itemTitle: c.item.title,
        completedOn: isoDay(c.completedOn),
        expiresOn,
        current: isCurrent(expiresOn, today),
        evidenceNote: c.evidenceNote,
        evidenceUrl: c.evidenceUrl,
        file: c.fileName && c.fileSizeBytes !== null ? { fileName: c.fileName, sizeBytes: c.fileSizeBytes } : null,
      };
    }),
    assignments: p.operates.map((o) => ({ systemId: o.system.id, systemName: o.system.name, role: o.role })),
  };
}

/** AI systems to pick from when assigning a person (by name; the system's own card reaches every system). */
export async function systemOptions(
  actor: Actor,
  limit = SYSTEM_OPTIONS_LIMIT,
): Promise<{ id: string; name: string }[]> {
  const member = await authorize(actor, "system.read");
  return db().aiSystem.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true },
  });
}
