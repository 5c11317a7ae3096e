import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma, type ObligationStatus } from "@/lib/db/generated/client";

// Up to this many duties in a state are fetched and sorted (~5 µs of CPU each); beyond, the systems are walked in name
// order. The planner walks whenever the page is a small share of the state, which assumes the duties are spread
// evenly over the names: 10,000 FRIA duties of systems named late in the alphabet took a walk of 50,000 systems
// (~370 ms of CPU) against ~55 ms to fetch and sort them.
export const FETCH_ALL_UP_TO = 20_000;

type Row = {
  id: string;
  code: string;
  article: string;
  title: string;
  status: ObligationStatus;
  systemId: string;
  systemName: string;
  evidence: bigint;
};

/** The first `room` live duties of the codes in one state, by system name, each with its number of evidence items. */
export function stateRows(
  tx: Tx,
  q: { org: string; codes: string[]; status: ObligationStatus; room: number },
  fetchAll: boolean,
): Promise<Row[]> {
  const duties = Prisma.sql`
    SELECT o."id", o."code", o."article", o."title", o."status", o."systemId" FROM "Obligation" o
    WHERE o."organizationId" = ${q.org} AND o."code" = ANY(${q.codes}) AND o."obsoleteAt" IS NULL
      AND o."status" = ${q.status}::"ObligationStatus"`;
  // Evidence is counted for the page's rows only: Postgres evaluates the subquery after the sort and the limit.
  return tx.$queryRaw<Row[]>`
    WITH duties AS ${fetchAll ? Prisma.sql`MATERIALIZED` : Prisma.sql`NOT MATERIALIZED`} (${duties})
    SELECT d.*, s."name" AS "systemName",
      (SELECT count(*) FROM "Evidence" e WHERE e."obligationId" = d."id" AND e."organizationId" = ${q.org}) AS evidence
    FROM duties d JOIN "AiSystem" s ON s."id" = d."systemId" AND s."organizationId" = ${q.org}
    ORDER BY s."name", d."id"
    LIMIT ${q.room}`;
}
