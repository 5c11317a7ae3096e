import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { MAX_BULK_SYSTEMS, type BulkScope, type TBulkExportQuery } from "@/lib/validations/dossier";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

function scopeWhere(organizationId: string, scope: BulkScope): Prisma.AiSystemWhereInput {
  if (scope === "high-risk") return { organizationId, tier: "HIGH" };
  if (scope === "classified") return { organizationId, currentRunId: { not: null } };
  return { organizationId };
}

export async function bulkExportCounts(actor: Actor): Promise<Record<BulkScope, number>> {
  const member = await authorize(actor, "report.read");
  const count = (scope: BulkScope) => db().aiSystem.count({ where: scopeWhere(member.organizationId, scope) });
  const [high, classified, all] = await Promise.all([count("high-risk"), count("classified"), count("all")]);
  return { "high-risk": high, classified, all };
}

/**
 * The systems a ZIP export covers, in name order; ids from the browser are filtered by organisation like any id.
 * Every file in the ZIP is sealed as a new version, so this asks for report.seal before the first byte is sent.
 */
export async function resolveBulkSystems(
  actor: Actor,
  query: TBulkExportQuery,
): Promise<{ id: string; name: string }[]> {
  const member = await authorize(actor, "report.seal");
  const where =
    "systems" in query
      ? { organizationId: member.organizationId, id: { in: query.systems } }
      : scopeWhere(member.organizationId, query.scope);
  const systems = await db().aiSystem.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_BULK_SYSTEMS + 1,
    select: { id: true, name: true },
  });
  if (systems.length > MAX_BULK_SYSTEMS) {
    throw new AppError("VALIDATION", `That is more than ${MAX_BULK_SYSTEMS} systems; export them in smaller groups.`);
  }
  if ("systems" in query && systems.length < new Set(query.systems).size) throw notFound("AI system");
  return systems;
}

export type DossierSystemMatchDTO = { id: string; name: string; latestVersion: number | null };

/** Systems whose name contains `query`, to open their dossier page from Reports. */
export async function findDossierSystems(actor: Actor, query: string, take = 8): Promise<DossierSystemMatchDTO[]> {
  const member = await authorize(actor, "report.read");
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const rows = await db().aiSystem.findMany({
    where: { organizationId: member.organizationId, name: { contains: q, mode: "insensitive" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      name: true,
      dossiers: {
        where: { organizationId: member.organizationId, kind: "SYSTEM" },
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true },
      },
    },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, latestVersion: r.dossiers[0]?.version ?? null }));
}
