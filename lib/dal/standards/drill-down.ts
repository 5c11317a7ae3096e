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

type Row = Omit<ControlObligationDTO, "evidence"> & { evidence: bigint; total: bigint };

/**
 * The duties of the codes are read once (a sequential scan of the organisation's obligations), joined to their
 * systems' names and cut to the first page by a top-N sort, with the count over the same rows. Ordering through the
 * (organisationId, status, dueDate) index instead walked every obligation of the organisation: 1.5–2.8 s at 100,000
 * systems for one control (BENCHMARKS.md, standards crosswalk). The status enum is declared NOT_STARTED,
 * IN_PROGRESS, DONE, NOT_APPLICABLE: its order is the one wanted.
 */
export async function obligationsOfCodes(
  actor: Actor,
  codes: readonly string[],
): Promise<{ rows: ControlObligationDTO[]; total: number }> {
  const member = await authorize(actor, "system.read");
  if (codes.length === 0) return { rows: [], total: 0 };
  const org = member.organizationId;
  const rows = await db().$queryRaw<Row[]>`
    WITH duties AS MATERIALIZED (
      SELECT o."id", o."code", o."article", o."title", o."status", o."systemId" FROM "Obligation" o
      WHERE o."organizationId" = ${org} AND o."code" = ANY(${[...codes]}) AND o."obsoleteAt" IS NULL
    ),
    page AS (
      SELECT d.*, s."name" AS "systemName", count(*) OVER () AS total
      FROM duties d JOIN "AiSystem" s ON s."id" = d."systemId" AND s."organizationId" = ${org}
      ORDER BY d."status", s."name", d."id"
      LIMIT ${DRILL_DOWN_LIMIT}
    )
    SELECT p.*, (SELECT count(*) FROM "Evidence" e
                 WHERE e."obligationId" = p."id" AND e."organizationId" = ${org}) AS evidence
    FROM page p ORDER BY p."status", p."systemName", p."id"`;
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map(({ total: _total, evidence, ...r }) => ({ ...r, evidence: Number(evidence) })),
  };
}
