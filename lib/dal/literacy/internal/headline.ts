import "server-only";
import { db } from "@/lib/db/client";
import { REFRESHER_WINDOW_DAYS } from "@/lib/literacy/coverage";
import { perPersonCoverage, wideCoverageSettings } from "./pairs";

// The organisation's Art 4 programme in a few numbers, for the dashboard. Uncached here: the caller keeps them
// against the organisation's data stamp.

export type LiteracyHeadline = {
  /** People assigned to operate or oversee at least one system, and those trained for every one of them. */
  people: number;
  peopleTrained: number;
  /** Their (person, system) assignments, and those covered by a current training. */
  assignments: number;
  assignmentsCovered: number;
  /** Each person's latest completion of an item that has expired, or expires within the refresher window. */
  expired: number;
  expiringSoon: number;
};

type PeopleRow = { people: bigint; people_trained: bigint; assignments: bigint | null; covered: bigint | null };
type ExpiryRow = { expired: bigint; soon: bigint };

// Counted per person as the literacy register's unit figures are (perPersonCoverage).
async function peopleFigures(org: string, today: string) {
  return db().$transaction(async (tx) => {
    await wideCoverageSettings(tx);
    const [row] = await tx.$queryRaw<PeopleRow[]>`
      ${perPersonCoverage(org, today)}
      SELECT count(*) AS people, count(*) FILTER (WHERE trained = total) AS people_trained,
        sum(total)::bigint AS assignments, sum(trained)::bigint AS covered
      FROM per_person`;
    return row;
  });
}

// The refresher reminders' definition (lib/dal/jobs/reminders-literacy.ts): a completion refreshed by a newer one of
// the same item by the same person is left out, so a retaken training stops counting as expired.
async function expiryFigures(org: string, today: string) {
  const [row] = await db().$queryRaw<ExpiryRow[]>`
    SELECT count(*) FILTER (WHERE c."expiresOn" < ${today}::date) AS expired,
      count(*) FILTER (WHERE c."expiresOn" >= ${today}::date) AS soon
    FROM "LiteracyCompletion" c
    WHERE c."organizationId" = ${org} AND c."expiresOn" IS NOT NULL
      AND c."expiresOn" <= ${today}::date + ${REFRESHER_WINDOW_DAYS}::int
      AND NOT EXISTS (
        SELECT 1 FROM "LiteracyCompletion" n
        WHERE n."organizationId" = c."organizationId" AND n."personId" = c."personId" AND n."itemId" = c."itemId"
          AND (n."completedOn", n."createdAt", n.id) > (c."completedOn", c."createdAt", c.id))`;
  return row;
}

export async function literacyHeadline(organizationId: string, today: string): Promise<LiteracyHeadline> {
  const [people, expiry] = await Promise.all([
    peopleFigures(organizationId, today),
    expiryFigures(organizationId, today),
  ]);
  return {
    people: Number(people?.people ?? 0),
    peopleTrained: Number(people?.people_trained ?? 0),
    assignments: Number(people?.assignments ?? 0),
    assignmentsCovered: Number(people?.covered ?? 0),
    expired: Number(expiry?.expired ?? 0),
    expiringSoon: Number(expiry?.soon ?? 0),
  };
}
