import "server-only";
import type { ObligationStatus } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";

// From a control to the duties behind it: the organisation's live obligations of the mapped codes, the least
// advanced first, each with its system and how much evidence it has (the page links each to its system's tab).

export type ControlObligationDTO = {
  id: string;
  code: string;
  article: string;
  title: string;
  status: ObligationStatus;
  evidence: number;
  systemId: string;
  systemName: string;
};

export const DRILL_DOWN_LIMIT = 200;

export async function obligationsOfCodes(
  actor: Actor,
  codes: readonly string[],
): Promise<{ rows: ControlObligationDTO[]; total: number }> {
  const member = await authorize(actor, "system.read");
  if (codes.length === 0) return { rows: [], total: 0 };
  const where = { organizationId: member.organizationId, code: { in: [...codes] }, obsoleteAt: null };
  const [rows, total] = await Promise.all([
    db().obligation.findMany({
      where,
      // The status enum is declared NOT_STARTED, IN_PROGRESS, DONE, NOT_APPLICABLE: its order is the one wanted.
      orderBy: [{ status: "asc" }, { system: { name: "asc" } }, { id: "asc" }],
      take: DRILL_DOWN_LIMIT,
      select: {
        id: true,
        code: true,
        article: true,
        title: true,
        status: true,
        systemId: true,
        system: { select: { name: true } },
        _count: { select: { evidence: true } },
      },
    }),
    db().obligation.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      article: r.article,
      title: r.title,
      status: r.status,
      evidence: r._count.evidence,
      systemId: r.systemId,
      systemName: r.system.name,
    })),
  };
}
