// Seeds the benchmark volume into a scratch database: one organisation, N systems (100,000 by default) copied
// from the engine-classified templates, their stored runs, ~10 obligations each, and one system with exactly
// 300 obligations for the dossier case. Returns what the measurements need (logins, ids, counts, seconds).
import pg from "pg";
import { todayIso } from "../../lib/dates";
import { copyRows } from "./copy";
import { seedOrganization, type BenchOrg } from "./seed-org";
import { withIndexesDeferred } from "./seed-indexes";
import { insertRisks } from "./seed-risks";
import { insertObligations, insertRuns, loadTemplates, padObligations, syncSystemColumns } from "./seed-sql";
import { SYSTEM_COLUMNS, systemId, systemRow, templatePicker } from "./seed-systems";
import { buildTemplates, largestTemplate } from "./seed-templates";

export type BenchSeed = BenchOrg & {
  systems: number; runs: number; obligations: number; seconds: number;
  /** Art 9 risks (2 on every other system); absent in seeds made before the register was benchmarked. */
  risks?: number;
  /** seq 0: the system with 300 obligations (dossier case and the system page). */
  dossierSystemId: string;
  /** Classified systems for the 1,000-dossier export. */
  exportSystemIds: string[];
};

export const DOSSIER_OBLIGATIONS = 300;

export async function seedBench(url: string, options: { systems: number; log: (m: string) => void }): Promise<BenchSeed> {
  const { systems, log } = options;
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET synchronous_commit = off`);
    const org = await seedOrganization(client);
    const now = new Date();
    const templates = buildTemplates(todayIso(now));
    const pick = templatePicker(templates, 10.5);
    const largest = largestTemplate(templates);
    const templateOf = (seq: number) => (seq === 0 ? largest : pick(seq));
    await loadTemplates(client, templates);

    const loaded = await withIndexesDeferred(client, ["AiSystem", "ClassificationRun", "Obligation"], async () => {
      let t = performance.now();
      await copyRows(client, "AiSystem", SYSTEM_COLUMNS, mapSeqs(systems, (seq) => systemRow(seq, org.organizationId, org.ownerIds, templateOf(seq), now)));
      await copyRows(client, "bench_map", ["system_id", "seq", "t"], mapSeqs(systems, (seq) => [systemId(seq), seq, templateOf(seq).index]));
      log(`  ${systems + 1} systems copied in ${sec(t)} s`);
      t = performance.now();
      const runs = await insertRuns(client, org.organizationId, org.adminId);
      log(`  ${runs} classification runs in ${sec(t)} s`);
      t = performance.now();
      const obligations = await insertObligations(client, org.organizationId, org.ownerIds)
        + await padObligations(client, org.organizationId, systemId(0), DOSSIER_OBLIGATIONS);
      log(`  ${obligations} obligations in ${sec(t)} s`);
      t = performance.now();
      await syncSystemColumns(client, org.organizationId);
      // The load ran without triggers (seed-indexes.ts): the dashboard's day totals are built once, here.
      await client.query(`SELECT actlas_rebuild_obligation_day_cells()`);
      log(`  readiness columns and day totals in ${sec(t)} s; rebuilding indexes…`);
      return { runs, obligations };
    });
    let t = performance.now();
    const risks = await insertRisks(client, org.organizationId, org.ownerIds);
    log(`  ${risks} risks in ${sec(t)} s`);
    t = performance.now();
    for (const table of ["AiSystem", "Obligation", "ClassificationRun", "Risk"]) await client.query(`VACUUM ANALYZE "${table}"`);
    log(`  vacuum and statistics in ${sec(t)} s`);

    const exportRows = await client.query<{ id: string }>(
      `SELECT id FROM "AiSystem" WHERE "organizationId" = $1 AND "currentRunId" IS NOT NULL AND id <> $2 ORDER BY id LIMIT 1000`,
      [org.organizationId, systemId(0)]);
    return {
      ...org, systems: systems + 1, ...loaded, risks, seconds: (performance.now() - started) / 1000,
      dossierSystemId: systemId(0), exportSystemIds: exportRows.rows.map((r) => r.id),
    };
  } finally {
    await client.end();
  }
}

function* mapSeqs<T>(systems: number, row: (seq: number) => T): Generator<T> {
  for (let seq = 0; seq <= systems; seq++) yield row(seq);
}

const sec = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
