import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { RISK_SELECT, toRiskDTO, type RiskDTO } from "./internal/risk-dto";

export type RiskExportRowDTO = RiskDTO & { systemName: string; ownerEmail: string | null };

const BATCH = 500;
const EXPORT_SELECT = { ...RISK_SELECT, system: { select: { name: true } } } satisfies Prisma.RiskSelect;

// The register of one system (systemId) or of the whole organisation, in batches (keyset on id) so a large
// organisation's register streams instead of filling memory. Owners are named by e-mail, which a CSV import reads back.
export async function exportRisks(
  actor: Actor,
  scope: { systemId?: string },
): Promise<AsyncGenerator<RiskExportRowDTO[]>> {
  const { organizationId } = await authorize(actor, "report.read");
  if (scope.systemId !== undefined) {
    const system = await db().aiSystem.findFirst({
      where: { id: scope.systemId, organizationId },
      select: { id: true },
    });
    if (!system) throw notFound("AI system");
  }
  const where: Prisma.RiskWhereInput = { organizationId, ...(scope.systemId ? { systemId: scope.systemId } : {}) };
  return (async function* batches() {
    let after: string | undefined;
    for (;;) {
      const rows = await db().risk.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        orderBy: { id: "asc" },
        select: EXPORT_SELECT,
        take: BATCH,
      });
      const ownerIds = [...new Set(rows.flatMap((r) => (r.ownerId ? [r.ownerId] : [])))];
      // Owners are members of this organisation (composite key to Membership), read through it.
      const owners = ownerIds.length
        ? await db().membership.findMany({
            where: { organizationId, userId: { in: ownerIds } },
            select: { userId: true, user: { select: { email: true } } },
          })
        : [];
      const emailOf = new Map(owners.map((o) => [o.userId, o.user.email]));
      if (rows.length)
        yield rows.map(({ system, ...row }) => ({
          ...toRiskDTO(row),
          systemName: system.name,
          ownerEmail: row.ownerId ? (emailOf.get(row.ownerId) ?? null) : null,
        }));
      const last = rows.at(-1);
      if (last === undefined || rows.length < BATCH) return;
      after = last.id;
    }
  })();
}
