// Bulk loading into indexed tables maintains every index row by row; building them once afterwards is several
// times faster (especially the trigram GIN indexes). The definitions are read from the catalogue, so the
// migrations stay the single source of the indexes and whatever they define is rebuilt as it was.
// A failed load leaves the scratch database without them; the next run starts from a fresh cluster anyway.
import type pg from "pg";

export async function withIndexesDeferred<T>(client: pg.ClientBase, tables: string[], load: () => Promise<T>): Promise<T> {
  const { rows } = await client.query<{ name: string; def: string }>(`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      -- The (id, organizationId) unique indexes carry the composite tenant foreign keys: they cannot be dropped.
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`, [tables]);
  for (const { name } of rows) await client.query(`DROP INDEX "${name}"`);
  // Foreign-key checks (four per obligation) cost more than the rows themselves; every id here comes from rows this
  // load just wrote, so they are skipped where the role allows it (a superuser, as on the embedded server).
  const skipChecks = await client.query(`SET session_replication_role = replica`).then(() => true, () => false);
  const result = await load();
  if (skipChecks) await client.query(`SET session_replication_role = DEFAULT`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  for (const { def } of rows) await client.query(def);
  return result;
}
