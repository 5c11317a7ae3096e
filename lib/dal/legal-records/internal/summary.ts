import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { documentationApplicability, type DocumentationApplicability } from "@/lib/legal/applicability";
import type { ClassificationResult } from "@/lib/rules";
import { SYSTEM_NOT_FOUND } from "@/lib/dal/legal-records/internal/context";

type Row = { id: string; facets: ClassificationResult["facets"] | null; roles: ClassificationResult["roles"] | null };

/**
 * Which records apply, for reads that need nothing else of the classification. Applicability only looks at the
 * run's facets and roles; the full result JSON of a high-risk system (hundreds of obligations) is large, so only
 * those two keys leave the database. Same scoping as systemLegalContext: the system and its current run must both
 * belong to the organisation. Callers have authorised already (it takes the member's organisation, not an actor).
 */
export async function systemApplicability(
  organizationId: string,
  systemId: string,
): Promise<{ id: string; applicability: DocumentationApplicability }> {
  const [row] = await db().$queryRaw<Row[]>`
    SELECT s.id, r.result -> 'facets' AS facets, r.result -> 'roles' AS roles
    FROM "AiSystem" s
    LEFT JOIN "ClassificationRun" r ON r.id = s."currentRunId" AND r."organizationId" = ${organizationId}
    WHERE s.id = ${systemId} AND s."organizationId" = ${organizationId}`;
  if (!row) throw new AppError("NOT_FOUND", SYSTEM_NOT_FOUND);
  // documentationApplicability reads nothing but these two keys of the result.
  const result = row.facets && row.roles ? ({ facets: row.facets, roles: row.roles } as ClassificationResult) : null;
  return { id: row.id, applicability: documentationApplicability(result) };
}
