import "server-only";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { isCurrent } from "@/lib/literacy/coverage";
import type { DossierLearningItem, DossierLiteracy, DossierLiteracyPerson } from "@/lib/pdf/snapshot";
import { systemPeople } from "@/lib/dal/literacy/internal/pairs";

// Art 4 as the dossier prints it, for callers that have already authorised a read of this system. Who is trained
// comes from the literacy register's own query (systemPeople), so the dossier and the system page never disagree;
// this adds what an auditor reads beside it: each person's training and the learning items meant for them.

// "Operators" in an item's intended roles names the people who operate the system; job roles match as written.
const norm = (role: string) => role.trim().toLowerCase().replace(/s$/, "");
const ROLE_WORDS: Record<string, string[]> = {
  OPERATOR: ["operator"],
  OVERSIGHT: ["overseer", "oversight", "human oversight"],
};

type Completion = { personId: string; itemId: string; title: string; completedOn: string; expiresOn: string | null };

// The current training that lasts longest (never expiring first), or else the one that lapsed last.
function trainingOf(completions: Completion[], asOf: string): DossierLiteracyPerson["training"] {
  const expiry = (c: Completion) => c.expiresOn ?? "9999-12-31";
  const current = completions.filter((c) => isCurrent(c.expiresOn, asOf));
  const pool = current.length > 0 ? current : completions;
  const best = pool.reduce<Completion | null>((a, c) => (a && expiry(a) >= expiry(c) ? a : c), null);
  return best && { item: best.title, completedOn: best.completedOn, expiresOn: best.expiresOn };
}

export async function readDossierLiteracy(
  organizationId: string,
  systemId: string,
  now: Date,
): Promise<DossierLiteracy> {
  const asOf = isoDay(now);
  const { rows } = await systemPeople(db(), organizationId, systemId, asOf);
  const personIds = rows.map((r) => r.personId);
  const itemSelect = {
    id: true,
    title: true,
    kind: true,
    allSystems: true,
    intendedRoles: true,
    validityMonths: true,
    systems: { where: { systemId }, select: { systemId: true } },
  } as const;
  // Items that count for the system, and apart (so many role items cannot crowd them out) those that name a role.
  const byTitle = [{ title: "asc" as const }, { id: "asc" as const }];
  const [people, counting, roleOnly] = await Promise.all([
    db().literacyPerson.findMany({
      where: { organizationId, id: { in: personIds } },
      select: { id: true, jobRole: true },
    }),
    db().learningItem.findMany({
      where: { organizationId, OR: [{ allSystems: true }, { systems: { some: { systemId, organizationId } } }] },
      orderBy: byTitle,
      take: 1000,
      select: itemSelect,
    }),
    personIds.length
      ? db().learningItem.findMany({
          where: {
            organizationId,
            allSystems: false,
            systems: { none: { systemId } },
            intendedRoles: { isEmpty: false },
          },
          orderBy: byTitle,
          take: 1000,
          select: itemSelect,
        })
      : [],
  ]);
  const items = [...counting, ...roleOnly].sort(
    (a, b) => a.title.localeCompare(b.title, "en") || (a.id < b.id ? -1 : 1),
  );
  const jobRole = new Map(people.map((p) => [p.id, p.jobRole]));
  const roles = rows.flatMap((r) => r.role.split(","));
  const held = new Set([
    ...[...jobRole.values()].filter(Boolean).map(norm),
    ...roles.flatMap((role) => ROLE_WORDS[role] ?? []),
  ]);
  type Scope = DossierLearningItem["scope"];
  const scopeOf = (i: (typeof items)[number]): Scope | null =>
    i.allSystems
      ? "ALL_SYSTEMS"
      : i.systems.length > 0
        ? "SYSTEM"
        : i.intendedRoles.some((r) => held.has(norm(r)))
          ? "ROLE"
          : null;
  const scoped = items.flatMap((i) => {
    const scope = scopeOf(i);
    return scope ? [{ ...i, scope }] : [];
  });
  const completions = personIds.length
    ? await db().literacyCompletion.findMany({
        where: { organizationId, personId: { in: personIds }, itemId: { in: scoped.map((i) => i.id) } },
        select: { personId: true, itemId: true, completedOn: true, expiresOn: true },
      })
    : [];
  const titleOf = new Map(scoped.map((i) => [i.id, i.title]));
  const byItemScope = new Map(scoped.map((i) => [i.id, i.scope]));
  const all = completions.map((c): Completion => ({
    personId: c.personId,
    itemId: c.itemId,
    title: titleOf.get(c.itemId) ?? "",
    completedOn: isoDay(c.completedOn),
    expiresOn: isoDay(c.expiresOn),
  }));
  return {
    asOf,
    people: rows.map((r) => ({
      name: r.name,
      jobRole: jobRole.get(r.personId) ?? "",
      roles: r.role.split(","),
      status: r.ok ? "TRAINED" : r.lapsed ? "EXPIRED" : "NOT_TRAINED",
      // Only trainings that count for this system explain the status (a role-only item does not cover it).
      training:
        r.ok || r.lapsed
          ? trainingOf(
              all.filter((c) => c.personId === r.personId && byItemScope.get(c.itemId) !== "ROLE"),
              asOf,
            )
          : null,
    })),
    items: scoped.map((i): DossierLearningItem => ({
      title: i.title,
      kind: i.kind,
      scope: i.scope,
      intendedRoles: i.intendedRoles,
      validityMonths: i.validityMonths,
      currentHolders: new Set(
        all.filter((c) => c.itemId === i.id && isCurrent(c.expiresOn, asOf)).map((c) => c.personId),
      ).size,
    })),
  };
}
