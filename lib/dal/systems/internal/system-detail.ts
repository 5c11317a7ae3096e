import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

// The shape every system tab renders (the layout's header and the Overview). It stays defined as a Prisma select so
// the DTO type is the ORM's, and the tests compare the one-statement read below against the ORM's own answer to it.
export const detailSelect = {
  id: true,
  name: true,
  description: true,
  intendedPurpose: true,
  businessUnit: true,
  vendor: true,
  sourcing: true,
  lifecycleStage: true,
  placedOnMarketAt: true,
  memberStates: true,
  outputUsedInEu: true,
  affectedPersons: true,
  affectedPersonsNote: true,
  automationLevel: true,
  humanOversight: true,
  dataCategories: true,
  isDraft: true,
  version: true,
  tier: true,
  possibleTier: true,
  disposition: true,
  roles: true,
  classifiedAt: true,
  createdAt: true,
  updatedAt: true,
  ownerId: true,
  updatedById: true,
  currentRunId: true,
  currentRun: { select: { systemVersion: true, ruleSetId: true } },
  owner: { select: { name: true, email: true } },
  models: {
    select: {
      model: {
        select: {
          id: true,
          name: true,
          registryName: true,
          versions: { select: { version: true, stage: true }, orderBy: { createdAt: "desc" } },
        },
      },
    },
  },
  datasets: { select: { dataset: { select: { id: true, name: true, description: true, uri: true } } } },
} satisfies Prisma.AiSystemSelect;

export type SystemDetailDTO = Prisma.AiSystemGetPayload<{ select: typeof detailSelect }>;

/**
 * The system with its run, owner, models (with their versions) and datasets in one statement: the ORM sent eight
 * (one per relation), and every system tab reads this. Models and datasets come in name order. Called only with an
 * organisation id from authorize(); every join repeats it. The list columns are nullable (a system not classified
 * yet has no roles): the ORM read NULL as [], and so does this.
 */
export async function readSystemDetail(organizationId: string, id: string): Promise<SystemDetailDTO | null> {
  const [row] = await db().$queryRaw<SystemDetailDTO[]>`
    SELECT s.id, s.name, s.description, s."intendedPurpose", s."businessUnit", s.vendor, s.sourcing::text AS sourcing,
      s."lifecycleStage"::text AS "lifecycleStage", s."placedOnMarketAt",
      COALESCE(s."memberStates", '{}') AS "memberStates", s."outputUsedInEu",
      COALESCE(s."affectedPersons", '{}') AS "affectedPersons", s."affectedPersonsNote",
      s."automationLevel"::text AS "automationLevel", s."humanOversight",
      COALESCE(s."dataCategories", '{}') AS "dataCategories", s."isDraft", s.version, s.tier::text AS tier,
      s."possibleTier"::text AS "possibleTier", s.disposition::text AS disposition,
      COALESCE(s.roles, '{}') AS roles, s."classifiedAt", s."createdAt", s."updatedAt", s."ownerId",
      s."updatedById", s."currentRunId",
      CASE WHEN r.id IS NULL THEN NULL
        ELSE json_build_object('systemVersion', r."systemVersion", 'ruleSetId', r."ruleSetId") END AS "currentRun",
      CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('name', u.name, 'email', u.email) END AS owner,
      COALESCE((
        SELECT json_agg(json_build_object('model', json_build_object(
          'id', m.id, 'name', m.name, 'registryName', m."registryName",
          'versions', COALESCE((
            SELECT json_agg(json_build_object('version', v.version, 'stage', v.stage) ORDER BY v."createdAt" DESC, v.id)
            FROM "ModelVersion" v WHERE v."modelId" = m.id AND v."organizationId" = ${organizationId}
          ), '[]'::json))) ORDER BY m.name, m.id)
        FROM "AiSystemModel" sm JOIN "AiModel" m ON m.id = sm."modelId" AND m."organizationId" = ${organizationId}
        WHERE sm."systemId" = s.id AND sm."organizationId" = ${organizationId}
      ), '[]'::json) AS models,
      COALESCE((
        SELECT json_agg(json_build_object('dataset', json_build_object(
          'id', d.id, 'name', d.name, 'description', d.description, 'uri', d.uri)) ORDER BY d.name, d.id)
        FROM "AiSystemDataset" sd JOIN "Dataset" d ON d.id = sd."datasetId" AND d."organizationId" = ${organizationId}
        WHERE sd."systemId" = s.id AND sd."organizationId" = ${organizationId}
      ), '[]'::json) AS datasets
    FROM "AiSystem" s
    LEFT JOIN "ClassificationRun" r ON r.id = s."currentRunId" AND r."organizationId" = ${organizationId}
    LEFT JOIN "User" u ON u.id = s."ownerId"
    WHERE s.id = ${id} AND s."organizationId" = ${organizationId}`;
  return row ?? null;
}
