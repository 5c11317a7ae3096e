// The Art 4 register at benchmark volume, made inside Postgres by INSERT … SELECT: one person per 5 systems
// (20,000 for 100,000 systems) spread over the organisation's business units; every system has two operators and
// one overseer (~300,000 assignments); one general item for every system plus one specific item per 500 systems,
// each meant for 10 systems; two completions per person on average, about a fifth of them expired, so coverage is
// neither empty nor full anywhere.
import type pg from "pg";

export const SYSTEMS_PER_PERSON = 5;

export async function insertLiteracy(client: pg.ClientBase, organizationId: string): Promise<{ people: number; assignments: number; completions: number }> {
  const q = (sql: string) => client.query(sql, [organizationId]);
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AiSystem" WHERE "organizationId" = $1`, [organizationId]);
  const systems = rows[0]?.n ?? 0;
  const people = Math.max(1, Math.ceil(systems / SYSTEMS_PER_PERSON));
  const items = Math.max(1, Math.ceil(systems / 500));
  // Twelve units of the bench organisation (made here when the seed has none).
  await q(`
    INSERT INTO "BusinessUnit" (id, "organizationId", name)
    SELECT 'bbu' || n, $1, 'Bench unit ' || n FROM generate_series(1, 12) AS n
    WHERE NOT EXISTS (SELECT 1 FROM "BusinessUnit" WHERE "organizationId" = $1)`);
  await q(`
    WITH u AS (SELECT array_agg(id ORDER BY id) AS ids FROM "BusinessUnit" WHERE "organizationId" = $1)
    INSERT INTO "LiteracyPerson" (id, "organizationId", name, email, "jobRole", "businessUnitId")
    SELECT 'blp' || lpad(n::text, 7, '0'), $1, 'Staff member ' || n, 'staff' || n || '@bench.example',
      (ARRAY['Operator', 'Reviewer', 'Analyst', ''])[1 + n % 4],
      CASE WHEN n % 9 = 0 THEN NULL ELSE u.ids[1 + n % array_length(u.ids, 1)] END
    FROM generate_series(0, ${people - 1}) AS n CROSS JOIN u`);
  await q(`
    INSERT INTO "LearningItem" (id, "organizationId", title, kind, "validityMonths", "intendedRoles", "allSystems")
    SELECT 'bli' || lpad(n::text, 5, '0'), $1, CASE WHEN n = 0 THEN 'AI basics for everyone' ELSE 'System briefing ' || n END,
      (CASE WHEN n = 0 THEN 'COURSE' ELSE 'BRIEFING' END)::"LearningItemKind", 12, ARRAY['operators'], n = 0
    FROM generate_series(0, ${items}) AS n`);
  // Systems numbered in id order; specific item k (1…items) is meant for 10 systems spread over the inventory.
  await q(`
    WITH s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "AiSystem" WHERE "organizationId" = $1)
    INSERT INTO "LearningItemSystem" ("organizationId", "itemId", "systemId")
    SELECT $1, 'bli' || lpad((1 + n % ${items})::text, 5, '0'), id FROM s WHERE n % 50 < 1`);
  const assignments = await q(`
    WITH s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "AiSystem" WHERE "organizationId" = $1)
    INSERT INTO "SystemOperator" ("organizationId", "personId", "systemId", role)
    SELECT DISTINCT $1, 'blp' || lpad(((s.n * 3 + k * 7919) % ${people})::text, 7, '0'), s.id,
      (CASE WHEN k = 2 THEN 'OVERSIGHT' ELSE 'OPERATOR' END)::"OperatorRole"
    FROM s CROSS JOIN generate_series(0, 2) AS k`);
  // Two completions per person on average: the general course (most people) and a specific briefing (some).
  const completions = await q(`
    WITH p AS (SELECT id, abs(hashtext(id)) AS h FROM "LiteracyPerson" WHERE "organizationId" = $1)
    INSERT INTO "LiteracyCompletion" (id, "organizationId", "personId", "itemId", "completedOn", "expiresOn", "evidenceNote")
    SELECT 'blc' || substr(p.id, 4) || '_' || k, $1, p.id,
      CASE WHEN k = 0 THEN 'bli00000' ELSE 'bli' || lpad((1 + p.h % ${items})::text, 5, '0') END,
      current_date - (p.h % 500 + k * 30)::int, current_date - (p.h % 500 + k * 30)::int + 365, 'Bench'
    FROM p CROSS JOIN generate_series(0, 1) AS k
    WHERE (k = 0 AND p.h % 10 < 8) OR (k = 1 AND p.h % 10 >= 3)`);
  for (const t of ["LiteracyPerson", "LearningItem", "LearningItemSystem", "SystemOperator", "LiteracyCompletion"])
    await client.query(`VACUUM ANALYZE "${t}"`);
  return { people, assignments: assignments.rowCount ?? 0, completions: completions.rowCount ?? 0 };
}
