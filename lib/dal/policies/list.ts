import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import type { PolicyKindCode, PolicyStatusCode } from "@/lib/validations/policies";

export type PolicyListItemDTO = {
  id: string;
  title: string;
  kind: PolicyKindCode;
  ownerName: string | null;
  // The newest version (what is being worked on, or the published one when nothing is open).
  latest: { number: number; status: PolicyStatusCode };
  published: { number: number; publishedAt: Date | null } | null;
};

export async function listPolicies(actor: Actor): Promise<PolicyListItemDTO[]> {
  const member = await authorize(actor, "system.read");
  const { organizationId } = member;
  const rows = await db().policy.findMany({
    where: { organizationId },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      title: true,
      kind: true,
      ownerId: true,
      versions: {
        where: { status: { not: "RETIRED" } },
        orderBy: { number: "desc" },
        take: 2,
        select: { number: true, status: true, publishedAt: true },
      },
    },
  });
  const owners = await db().membership.findMany({
    where: { organizationId, userId: { in: rows.map((r) => r.ownerId).filter((id): id is string => !!id) } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const nameOf = new Map(owners.map((o) => [o.userId, o.user.name]));
  return rows.map((r) => {
    const published = r.versions.find((v) => v.status === "PUBLISHED");
    const latest = r.versions[0];
    return {
      id: r.id,
      title: r.title,
      kind: r.kind,
      ownerName: r.ownerId ? (nameOf.get(r.ownerId) ?? null) : null,
      // Every version retired: the policy is withdrawn.
      latest: latest ? { number: latest.number, status: latest.status } : { number: 0, status: "RETIRED" },
      published: published ? { number: published.number, publishedAt: published.publishedAt } : null,
    };
  });
}
