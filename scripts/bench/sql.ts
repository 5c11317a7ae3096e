// The raw SQL that returns the same data as each measured page, run on a pg pool the size of the app's (10), with
// the page's independent statements sent side by side as the app does. app time / this time is the overhead of
// everything that is not the database: session check, ORM, rendering, HTTP.
import pg from "pg";
import type { BenchSeed } from "./seed";

export type SqlScenario = { name: string; statements: { text: string; values: unknown[] }[] };

const q = (text: string, ...values: unknown[]) => ({ text, values });

const LIST_COLUMNS = `s.id, s.name, s."businessUnit", s.vendor, s."lifecycleStage", s.tier, s.disposition, s.roles,
  s."obligationsApplicable", s."obligationsDone", s."isDraft", s.version, s."updatedAt", u.id AS owner_id, u.name AS owner_name`;

// Session and membership lookups every signed-in page makes before its own data.
function session(seed: BenchSeed) {
  return q(`SELECT m.role, o.name FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId" WHERE m."userId" = $1 AND m."organizationId" = $2`, seed.adminId, seed.organizationId);
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
  return { name: "inventory", statements: [session(seed), ...filterOptions(seed),
    q(`SELECT ${LIST_COLUMNS} FROM "AiSystem" s LEFT JOIN "User" u ON u.id = s."ownerId" WHERE ${where}
       ORDER BY s."updatedAt" DESC, s.name, s.id LIMIT 25 OFFSET 50`, seed.organizationId),
    q(`SELECT count(*) FROM (SELECT 1 FROM "AiSystem" s WHERE ${where} LIMIT 10001) c`, seed.organizationId)] };
}

export function searchSql(seed: BenchSeed, term: string): SqlScenario {
  const where = `s."organizationId" = $1 AND (s.name ILIKE $2 OR s.description ILIKE $2 OR s.vendor ILIKE $2
    OR s."ownerId" IN (SELECT u.id FROM "User" u JOIN "Membership" m ON m."userId" = u.id AND m."organizationId" = $1 WHERE u.name ILIKE $2))`;
  return { name: "search", statements: [session(seed), ...filterOptions(seed),
    q(`SELECT ${LIST_COLUMNS} FROM "AiSystem" s LEFT JOIN "User" u ON u.id = s."ownerId" WHERE ${where} ORDER BY s.name, s.id LIMIT 25`, seed.organizationId, `%${term}%`),
    q(`SELECT count(*) FROM (SELECT 1 FROM "AiSystem" s WHERE ${where} LIMIT 10001) c`, seed.organizationId, `%${term}%`)] };
}

export function systemPageSql(seed: BenchSeed): SqlScenario {
  const id = seed.dossierSystemId, org = seed.organizationId;
  return { name: "system page", statements: [session(seed),
    q(`SELECT s.*, u.name AS owner_name, u.email AS owner_email, r."systemVersion" FROM "AiSystem" s LEFT JOIN "User" u ON u.id = s."ownerId"
       LEFT JOIN "ClassificationRun" r ON r.id = s."currentRunId" WHERE s.id = $1 AND s."organizationId" = $2`, id, org),
    q(`SELECT m.id, m.name, m."registryName", v.version, v.stage FROM "AiSystemModel" sm JOIN "AiModel" m ON m.id = sm."modelId"
       LEFT JOIN "ModelVersion" v ON v."modelId" = m.id WHERE sm."systemId" = $1`, id),
    q(`SELECT d.* FROM "AiSystemDataset" sd JOIN "Dataset" d ON d.id = sd."datasetId" WHERE sd."systemId" = $1`, id),
    q(`SELECT r.id, r.sequence, r.tier, r.disposition, r."ruleSetId", r."createdAt", r.result, r.answers FROM "ClassificationRun" r
       WHERE r."systemId" = $1 AND r."organizationId" = $2 ORDER BY r.sequence DESC`, id, org),
    q(`SELECT d.* FROM "ReviewDecision" d JOIN "ClassificationRun" r ON r.id = d."runId" WHERE r."systemId" = $1 ORDER BY d."decidedAt" DESC LIMIT 5`, id)] };
}

export async function runStatements(pool: pg.Pool, scenario: SqlScenario): Promise<void> {
  await Promise.all(scenario.statements.map((s) => pool.query(s.text, s.values)));
}
