import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ObligationListQuery } from "@/lib/validations/obligation-list";
import { authorize } from "@/lib/dal/core/authorize";
import { obligationListWhere } from "@/lib/dal/obligations/obligation-list";

const exportSelect = {
  id: true,
  code: true,
  article: true,
  title: true,
  role: true,
  status: true,
  notApplicableReason: true,
  dueDate: true,
  appliesFrom: true,
  blocking: true,
  updatedAt: true,
  owner: { select: { name: true, email: true } },
  system: { select: { id: true, name: true, tier: true, businessUnit: true } },
} satisfies Prisma.ObligationSelect;

export type ObligationExportRowDTO = Prisma.ObligationGetPayload<{ select: typeof exportSelect }>;

const BATCH = 1_000;

// The /obligations list "as on screen": the same WHERE as the page (filters, view, status), every page, in batches
// so a million duties stream instead of filling memory. Keyset paging on id keeps each batch an index read.
export async function exportObligations(
  actor: Actor,
  query: ObligationListQuery,
): Promise<AsyncGenerator<ObligationExportRowDTO[]>> {
  const member = await authorize(actor, "report.read");
  const where = obligationListWhere(member.organizationId, member.userId, query);
  return (async function* batches() {
    let after: string | undefined;
    for (;;) {
      const rows = await db().obligation.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        orderBy: { id: "asc" },
        select: exportSelect,
        take: BATCH,
      });
      if (rows.length) yield rows;
      const last = rows.at(-1);
      if (last === undefined || rows.length < BATCH) return;
      after = last.id;
    }
  })();
}
