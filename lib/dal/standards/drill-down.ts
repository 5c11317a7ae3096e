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

type Row = Omit<ControlObligationDTO, "evidence"> & { evidence: bigint };

// The order of the page, least advanced first (the enum's declared order).
const STATES: readonly ObligationStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"];

/**
 * The duties of the codes are counted by state from the partial index Obligation(organizationId, code, status), then
 * the page is read state by state, each ordered by system name: Postgres walks the systems in name order and looks
 * up their duties until the page is full, or, for a state with few duties, fetches them from the same index and sorts
 * them. The former query read and sorted every duty of the codes (~83,000 for a control mapped to three high-risk
 * codes at 100,000 systems: ~250 ms of CPU, 0.6–1.5 s; BENCHMARKS.md, standards crosswalk). One snapshot, so the
 * count and the page agree.
 */
export async function obligationsOfCodes(
  actor: Actor,
  codes: readonly string[],
): Promise<{ rows: ControlObligationDTO[]; total: number }> {
  const member = await authorize(actor, "system.read");
  if (codes.length === 0) return { rows: [], total: 0 };
  const org = member.organizationId;
  const codeList = [...codes];
  return db().$transaction(
    async (tx) => {
      const counts = await tx.$queryRaw<{ status: ObligationStatus; n: bigint }[]>`
        SELECT o."status", count(*) AS n FROM "Obligation" o
        WHERE o."organizationId" = ${org} AND o."code" = ANY(${codeList}) AND o."obsoleteAt" IS NULL
        GROUP BY o."status"`;
      const inState = new Map(counts.map((c) => [c.status, Number(c.n)]));
      const rows: ControlObligationDTO[] = [];
      for (const status of STATES) {
        const room = DRILL_DOWN_LIMIT - rows.length;
        if (room === 0) break;
        if (!inState.get(status)) continue;
        const page = await tx.$queryRaw<Row[]>`
          SELECT o."id", o."code", o."article", o."title", o."status", o."systemId", s."name" AS "systemName",
            (SELECT count(*) FROM "Evidence" e WHERE e."obligationId" = o."id" AND e."organizationId" = ${org})
              AS evidence
          FROM "Obligation" o JOIN "AiSystem" s ON s."id" = o."systemId" AND s."organizationId" = ${org}
          WHERE o."organizationId" = ${org} AND o."code" = ANY(${codeList}) AND o."obsoleteAt" IS NULL
            AND o."status" = ${status}::"ObligationStatus"
          ORDER BY s."name", o."id"
          LIMIT ${room}`;
        rows.push(...page.map(({ evidence, ...r }) => ({ ...r, evidence: Number(evidence) })));
      }
      return { rows, total: [...inState.values()].reduce((a, b) => a + b, 0) };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
