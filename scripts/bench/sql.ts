// The raw SQL that returns the same data as each measured page, run on a pg pool the size of the app's (10), with
// the page's independent statements sent side by side as the app does. app time / this time is the overhead of
// everything that is not the database: session check, ORM, rendering, HTTP.
import pg from "pg";
import type { BenchSeed } from "./seed";

export type SqlScenario = { name: string; statements: { text: string; values: unknown[] }[] };

const q = (text: string, ...values: unknown[]) => ({ text, values });

const LIST_COLUMNS = `s.id, s.name, s."businessUnit", s.vendor, s."lifecycleStage", s.tier, s.disposition, s.roles,
  s."obligationsApplicable", s."obligationsDone", s."isDraft", s.version, s."updatedAt", u.id AS owner_id, u.name AS owner_name`;

// What every signed-in page reads before its own data: the session and membership (authorisation), the app shell's
// viewer (the person and their organisations) and the unread-notification badge (which honours the member's prefs).
export function shellStatements(seed: BenchSeed) {
  return [
    q(`SELECT a."userId", a."activeOrganizationId", m.role, m."notificationPrefs", u.email FROM "AuthSession" a
       JOIN "Membership" m ON m."userId" = a."userId" AND m."organizationId" = $2 JOIN "User" u ON u.id = a."userId"
       WHERE a."userId" = $1 AND a."revokedAt" IS NULL ORDER BY a."lastSeenAt" DESC LIMIT 1`, seed.adminId, seed.organizationId),
    q(`SELECT u.id, u.name, u.email, m.role, o.id AS org_id, o.name AS org_name FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u.id
       LEFT JOIN "Organization" o ON o.id = m."organizationId" WHERE u.id = $1 ORDER BY o.name`, seed.adminId),
    q(`SELECT count(*) FROM "Notification" WHERE "userId" = $1 AND "organizationId" = $2 AND "readAt" IS NULL`, seed.adminId, seed.organizationId),
  ];
}

function filterOptions(seed: BenchSeed) {
  return [
    // The same walk over the (organizationId, businessUnit) index as the app (a plain DISTINCT reads 100,000 entries).
    q(`WITH RECURSIVE units AS (
         (SELECT "businessUnit" AS unit FROM "AiSystem" WHERE "organizationId" = $1 AND "businessUnit" > '' ORDER BY 1 LIMIT 1)
         UNION ALL SELECT (SELECT "businessUnit" FROM "AiSystem" WHERE "organizationId" = $1 AND "businessUnit" > units.unit ORDER BY 1 LIMIT 1)
         FROM units WHERE units.unit IS NOT NULL)
       SELECT unit FROM units WHERE unit IS NOT NULL LIMIT 500`, seed.organizationId),
    q(`SELECT u.id, u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."organizationId" = $1 ORDER BY u.name`, seed.organizationId),
  ];
}

export function inventorySql(seed: BenchSeed): SqlScenario {
  const where = `s."organizationId" = $1 AND s.tier IN ('HIGH', 'LIMITED') AND s."lifecycleStage" IN ('PILOT', 'IN_PRODUCTION')`;
  return { name: "inventory", statements: [...shellStatements(seed), ...filterOptions(seed),
    q(`SELECT ${LIST_COLUMNS} FROM "AiSystem" s LEFT JOIN "User" u ON u.id = s."ownerId" WHERE ${where}
       ORDER BY s."updatedAt" DESC, s.name, s.id LIMIT 25 OFFSET 50`, seed.organizationId),
    q(`SELECT count(*) FROM (SELECT 1 FROM "AiSystem" s WHERE ${where} LIMIT 10001) c`, seed.organizationId)] };
}

export function searchSql(seed: BenchSeed, term: string): SqlScenario {
  const where = `s."organizationId" = $1 AND (s.name ILIKE $2 OR s.description ILIKE $2 OR s.vendor ILIKE $2
    OR s."ownerId" IN (SELECT u.id FROM "User" u JOIN "Membership" m ON m."userId" = u.id AND m."organizationId" = $1 WHERE u.name ILIKE $2))`;
  return { name: "search", statements: [...shellStatements(seed), ...filterOptions(seed),
    q(`SELECT ${LIST_COLUMNS} FROM "AiSystem" s LEFT JOIN "User" u ON u.id = s."ownerId" WHERE ${where} ORDER BY s.name, s.id LIMIT 25`, seed.organizationId, `%${term}%`),
    q(`SELECT count(*) FROM (SELECT 1 FROM "AiSystem" s WHERE ${where} LIMIT 10001) c`, seed.organizationId, `%${term}%`)] };
}

// The Overview tab of a system: header, intake with models and datasets, the classification card, the release gate
// (blocking obligations due, open monitoring-breach tasks, the run's facets) and the documentation line. It does not
// list the 300 obligations (that is the Obligations tab), so neither does this.
export function systemPageSql(seed: BenchSeed): SqlScenario {
  const id = seed.dossierSystemId, org = seed.organizationId;
  return { name: "system page", statements: [...shellStatements(seed),
    q(`SELECT s.*, u.name AS owner_name, u.email AS owner_email, r."systemVersion", r.sequence, r."ruleSetId", r.tier AS run_tier,
         c.name AS classified_by, r.result -> 'facets' AS facets, r.result -> 'roles' AS run_roles
       FROM "AiSystem" s LEFT JOIN "User" u ON u.id = s."ownerId" LEFT JOIN "ClassificationRun" r ON r.id = s."currentRunId"
       LEFT JOIN "User" c ON c.id = r."createdById" WHERE s.id = $1 AND s."organizationId" = $2`, id, org),
    q(`SELECT m.id, m.name, m."registryName", v.version, v.stage FROM "AiSystemModel" sm JOIN "AiModel" m ON m.id = sm."modelId"
       LEFT JOIN "ModelVersion" v ON v."modelId" = m.id WHERE sm."systemId" = $1 ORDER BY v."createdAt" DESC`, id),
    q(`SELECT d.id, d.name, d.description, d.uri FROM "AiSystemDataset" sd JOIN "Dataset" d ON d.id = sd."datasetId" WHERE sd."systemId" = $1`, id),
    q(`SELECT id, article, title, "appliesFrom" FROM "Obligation" WHERE "organizationId" = $1 AND "systemId" = $2 AND blocking
         AND "obsoleteAt" IS NULL AND status IN ('NOT_STARTED', 'IN_PROGRESS') AND "appliesFrom" <= now() ORDER BY "appliesFrom", id LIMIT 100`, org, id),
    q(`SELECT id, title FROM "Task" WHERE "organizationId" = $1 AND "systemId" = $2 AND status = 'OPEN' AND "dedupeKey" LIKE 'monitoring:%'
       ORDER BY "createdAt", id LIMIT 100`, org, id),
    q(`SELECT l.id, l.kind, l.section, l.content, l."ownerId", l.complete, l."evidenceIds", l."signedOffAt", l.version, l."updatedAt",
         o.name AS owner_name, so.name AS signed_off_by FROM "LegalRecord" l LEFT JOIN "User" o ON o.id = l."ownerId"
       LEFT JOIN "User" so ON so.id = l."signedOffById" WHERE l."organizationId" = $1 AND l."systemId" = $2`, org, id)] };
}

export async function runStatements(pool: pg.Pool, scenario: SqlScenario): Promise<void> {
  await Promise.all(scenario.statements.map((s) => pool.query(s.text, s.values)));
}
