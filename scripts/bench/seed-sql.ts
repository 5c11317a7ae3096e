// Server-side expansion of the templates: runs and ~1,000,000 obligations are produced by INSERT … SELECT inside
// Postgres from a small template table and the system→template map, so nothing crosses the wire per row.
// Statuses, owners and due dates vary with a hash of (system number, duty number).
import type pg from "pg";
import type { Template } from "./seed-templates";

export async function loadTemplates(client: pg.ClientBase, templates: Template[]): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS bench_template, bench_template_obligation, bench_map`);
  await client.query(`CREATE UNLOGGED TABLE bench_template (t int PRIMARY KEY, answers jsonb, result jsonb, rule_set_id text, tier text, disposition text)`);
  await client.query(`CREATE UNLOGGED TABLE bench_template_obligation (t int, n int, code text, role text, article text, title text, summary text, applies_from date, blocking boolean)`);
  await client.query(`CREATE UNLOGGED TABLE bench_map (system_id text PRIMARY KEY, seq int, t int)`);
  for (const { index, run } of templates) {
    if (!run) continue;
    await client.query(`INSERT INTO bench_template VALUES ($1, $2, $3, $4, $5, $6)`,
      [index, JSON.stringify(run.answers), JSON.stringify(run.result), run.result.ruleSet.id, run.tier, run.disposition]);
    for (const [n, o] of run.result.obligations.entries()) {
      await client.query(`INSERT INTO bench_template_obligation VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [index, n, o.code, o.role, o.article, o.title, o.summary, o.appliesFrom, o.blocking ?? false]);
    }
  }
}

export async function insertRuns(client: pg.ClientBase, organizationId: string, createdById: string): Promise<number> {
  const { rowCount } = await client.query(`
    INSERT INTO "ClassificationRun" (id, "organizationId", "systemId", sequence, answers, result, "ruleSetId", "systemVersion", tier, disposition, "createdById", "createdAt")
    SELECT 'brun' || substr(m.system_id, 5), $1, m.system_id, 1, t.answers, t.result, t.rule_set_id, 1, t.tier::"Tier", t.disposition::"Disposition", $2, s."classifiedAt"
    FROM bench_map m JOIN bench_template t ON t.t = m.t JOIN "AiSystem" s ON s.id = m.system_id`, [organizationId, createdById]);
  return rowCount ?? 0;
}

// r spreads statuses (about 30% done, 8% not applicable, 22% in progress, 40% not started); every 37th duty is
// obsolete (from an earlier classification) and so not counted as applicable; due dates fall up to 400 days before
// the application date, so some open work is overdue.
export async function insertObligations(client: pg.ClientBase, organizationId: string, ownerIds: string[]): Promise<number> {
  const { rowCount } = await client.query(`
    INSERT INTO "Obligation" (id, "organizationId", "systemId", code, role, article, title, summary, "appliesFrom", blocking,
      status, "ownerId", "dueDate", "obsoleteAt", "sourceRunId", "createdAt", "updatedAt")
    SELECT m.system_id || '-' || o.n, $1, m.system_id, o.code, o.role, o.article, o.title, o.summary, o.applies_from, o.blocking,
      (CASE WHEN x.r < 30 THEN 'DONE' WHEN x.r < 38 THEN 'NOT_APPLICABLE' WHEN x.r < 60 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END)::"ObligationStatus",
      CASE WHEN x.r % 3 = 0 THEN NULL ELSE ($2::text[])[1 + (m.seq + o.n) % cardinality($2::text[])] END,
      CASE WHEN x.r % 7 = 0 THEN NULL ELSE o.applies_from - ((m.seq * 13 + o.n * 29) % 400) END,
      CASE WHEN (m.seq + o.n) % 37 = 0 THEN now() - interval '30 days' END,
      'brun' || substr(m.system_id, 5), now(), now()
    FROM bench_map m JOIN bench_template_obligation o ON o.t = m.t
    CROSS JOIN LATERAL (SELECT ((m.seq::bigint * 7919 + o.n * 104729) % 100)::int AS r) x`, [organizationId, ownerIds]);
  return rowCount ?? 0;
}

/** Pads one system to `total` duties with extra documented controls: the 300-obligation dossier case. */
export async function padObligations(client: pg.ClientBase, organizationId: string, systemId: string, total: number): Promise<number> {
  const { rowCount } = await client.query(`
    INSERT INTO "Obligation" (id, "organizationId", "systemId", code, role, article, title, summary, "appliesFrom", status, "dueDate", "updatedAt")
    SELECT $2 || '-x' || g, $1, $2, 'bench.control.' || g, 'provider', 'Art ' || (9 + g % 7) || '(' || (1 + g % 4) || ')',
      'Documented control ' || g, 'Internal control mapped to the quality management system.', DATE '2027-12-02',
      (ARRAY['NOT_STARTED','IN_PROGRESS','DONE','NOT_APPLICABLE'])[1 + g % 4]::"ObligationStatus", DATE '2027-06-30' + g, now()
    FROM generate_series(1, $3::int - (SELECT count(*)::int FROM "Obligation" WHERE "systemId" = $2)) g`, [organizationId, systemId, total]);
  return rowCount ?? 0;
}

// The denormalised columns the inventory and dashboard read: current run and readiness counters, from the rows.
export async function syncSystemColumns(client: pg.ClientBase, organizationId: string): Promise<void> {
  await client.query(`
    UPDATE "AiSystem" s SET "currentRunId" = r.id, "obligationsApplicable" = coalesce(c.applicable, 0), "obligationsDone" = coalesce(c.done, 0)
    FROM "ClassificationRun" r
    LEFT JOIN (SELECT "systemId", count(*) FILTER (WHERE "obsoleteAt" IS NULL)::int AS applicable,
                      count(*) FILTER (WHERE "obsoleteAt" IS NULL AND status IN ('DONE', 'NOT_APPLICABLE'))::int AS done
               FROM "Obligation" WHERE "organizationId" = $1 GROUP BY 1) c ON c."systemId" = r."systemId"
    WHERE r."systemId" = s.id AND r."organizationId" = $1 AND s."organizationId" = $1`, [organizationId]);
  await client.query(`DROP TABLE IF EXISTS bench_template, bench_template_obligation, bench_map`);
}
