// The Art 9 risk register at benchmark volume: 2 risks on every other system (~100,000 risks for 100,000 systems),
// made inside Postgres by INSERT … SELECT. Ratings, residual ratings (on ~40%), status (~10% closed), owners and
// review dates vary with a hash of the system and the risk's number, so every cell of the heat map is populated.
import type pg from "pg";

export const RISKS_PER_SYSTEM = 2;

export async function insertRisks(client: pg.ClientBase, organizationId: string, ownerIds: string[]): Promise<number> {
  const { rowCount } = await client.query(`
    WITH s AS (
      SELECT s.id, n, abs(hashtext(s.id || ':' || n)) AS h
      FROM "AiSystem" s CROSS JOIN generate_series(1, ${RISKS_PER_SYSTEM}) AS n
      WHERE s."organizationId" = $1 AND abs(hashtext(s.id)) % 2 = 0)
    INSERT INTO "Risk" (id, "organizationId", "systemId", title, "fundamentalRights", likelihood, impact,
      "residualLikelihood", "residualImpact", "ownerId", "nextReviewDate", status, "createdAt", "updatedAt")
    SELECT 'brisk' || substr(s.id, 5) || '_' || n, $1, s.id,
      (ARRAY['Biased outcomes for protected groups', 'Model drift after retraining', 'Opaque decisions',
             'Personal data leaks through outputs', 'Over-reliance by operators'])[1 + h % 5],
      ARRAY['Non-discrimination'], 1 + h % 5, 1 + (h / 5) % 5,
      CASE WHEN h % 10 < 4 THEN 1 + (h / 25) % 3 END, CASE WHEN h % 10 < 4 THEN 1 + (h / 75) % 3 END,
      CASE WHEN h % 7 = 0 THEN NULL ELSE ($2::text[])[1 + (h / 3) % array_length($2::text[], 1)] END,
      current_date + ((h / 11) % 180 - 30)::int,
      (CASE WHEN h % 10 = 9 THEN 'CLOSED' WHEN h % 10 = 8 THEN 'TREATED' ELSE 'OPEN' END)::"RiskStatus",
      now() - ((h % 365) || ' days')::interval, now() - ((h % 90) || ' days')::interval
    FROM s`, [organizationId, ownerIds]);
  return rowCount ?? 0;
}
