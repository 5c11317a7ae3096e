import "server-only";
import { Prisma } from "@/lib/db/generated/client";

// The audience rule of lib/policies/coverage.ts (inAudience) in SQL, for queries over many members at once: everyone,
// or the member's role is named, or the unit of their AI-literacy record is (their newest record, when a member has
// several). The tests hold the SQL figures to the pure rule's.

/**
 * `person AS (…)`: the business unit of each member's AI-literacy record, for the organisations `orgs` selects. Read
 * once and hashed: LiteracyPerson has no index on userId, so a lookup per member reads every person of the
 * organisation (~10 s of database CPU for 2,000 members and 20 versions at 20,000 people).
 */
export const memberUnits = (orgs: Prisma.Sql) => Prisma.sql`
  person AS (
    SELECT DISTINCT ON (lp."organizationId", lp."userId") lp."organizationId", lp."userId", lp."businessUnitId"
    FROM "LiteracyPerson" lp
    WHERE lp."userId" IS NOT NULL AND lp."organizationId" IN (${orgs})
    ORDER BY lp."organizationId", lp."userId", lp."createdAt" DESC, lp."id" DESC
  )`;

/** Whether member `m` (joined to `person`) is in the audience of policy `p`. */
export const inAudienceSql = Prisma.sql`(p."audienceAll" OR m."role" = ANY(p."audienceRoles") OR EXISTS (
  SELECT 1 FROM "PolicyAudienceUnit" pau WHERE pau."policyId" = p."id" AND pau."businessUnitId" = person."businessUnitId"))`;
