import "server-only";
import type { ObligationStatus } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { FETCH_ALL_UP_TO, stateRows } from "./internal/drill-down-page";

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

// The order of the page, least advanced first (the enum's declared order).
const STATES: readonly ObligationStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"];

/**
 * The duties of the codes are counted by state from the partial index Obligation(organizationId, code, status), then
 * the page is read state by state, each ordered by system name: a state with few duties is fetched from the same
 * index and sorted, a state with many walks the systems in name order and looks up their duties until the page is
 * full. The former query read and sorted every duty of the codes (~83,000 for a control mapped to three high-risk
 * codes at 100,000 systems: ~530 ms of CPU; BENCHMARKS.md, standards crosswalk). One snapshot, so the count and the
 * page agree.
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
        const count = inState.get(status) ?? 0;
        if (room === 0) break;
        if (count === 0) continue;
        const page = await stateRows(tx, { org, codes: codeList, status, room }, count <= FETCH_ALL_UP_TO);
        rows.push(...page.map(({ evidence, ...r }) => ({ ...r, evidence: Number(evidence) })));
      }
      return { rows, total: [...inState.values()].reduce((a, b) => a + b, 0) };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
