import { z } from "zod";
import { ZApiId, ZDateTime, ZDay } from "./api-common";
import { RISK_SOURCES, RISK_STATUSES, RISK_TREATMENTS } from "./risks";

// The REST API's view of the Art 9 risk register (lib/api/routes/risks.ts). Bodies are checked for shape here and
// then, merged over the stored risk, by the app's own form schema (ZCreateRisk / ZUpdateRisk), so the API and the
// form refuse the same values with the same words.

const ZScaleApi = z.number().int().min(1).max(5).describe("1 to 5");
// The bands of lib/risks/score.ts (not imported: lib/risks reads these schemas).
const ZBand = z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]);

export const ZRiskParams = z.object({ riskId: ZApiId });
export const ZRiskLinkParams = z.object({ riskId: ZApiId, obligationId: ZApiId });

export const ZRiskListQuery = z.object({
  status: z.enum(RISK_STATUSES).optional(),
  band: ZBand.optional().describe("Band of the current rating: the residual one where set, else the inherent one."),
});

const fields = {
  title: z.string().max(200),
  description: z.string().max(5000),
  affectedPersons: z.string().max(1000),
  fundamentalRights: z.array(z.string().max(300)).max(50).describe("One right per item."),
  source: z.enum(RISK_SOURCES),
  likelihood: ZScaleApi,
  impact: ZScaleApi,
  residualLikelihood: ZScaleApi.nullable().describe("Set with residualImpact, or both null."),
  residualImpact: ZScaleApi.nullable(),
  treatment: z
    .enum(RISK_TREATMENTS)
    .nullable()
    .describe(
      "ACCEPT only while the current rating is low or medium; a high or critical residual risk is accepted in the app.",
    ),
  mitigation: z.string().max(5000),
  ownerId: z.string().max(64).nullable().describe("User id of a member of the organisation, or null."),
  nextReviewDate: ZDay.nullable(),
  status: z.enum(RISK_STATUSES),
  acceptanceJustification: z.string().max(5000).describe("Kept with an acceptance (treatment ACCEPT)."),
};

// Title, likelihood and impact are required; the rest defaults as in the form (source MANUAL, status OPEN).
export const ZRiskCreateApi = z.object(fields).partial().required({ title: true, likelihood: true, impact: true });
export type RiskCreateApi = z.output<typeof ZRiskCreateApi>;

// Fields left out keep their stored value.
export const ZRiskPatchApi = ZRiskCreateApi.partial().extend({
  version: z.number({ error: "Send the version you read." }).int().min(1),
});
export type RiskPatchApi = z.output<typeof ZRiskPatchApi>;

export const ZRiskApi = z.object({
  id: z.string(),
  systemId: z.string(),
  title: z.string(),
  description: z.string(),
  affectedPersons: z.string(),
  fundamentalRights: z.array(z.string()),
  source: z.enum(RISK_SOURCES),
  likelihood: z.number().int(),
  impact: z.number().int(),
  inherentScore: z.number().int().describe("likelihood × impact, 1 to 25"),
  inherentBand: ZBand,
  residualLikelihood: z.number().int().nullable(),
  residualImpact: z.number().int().nullable(),
  residualScore: z.number().int().nullable(),
  residualBand: ZBand.nullable(),
  treatment: z.enum(RISK_TREATMENTS).nullable(),
  mitigation: z.string(),
  ownerId: z.string().nullable(),
  nextReviewDate: ZDay.nullable(),
  status: z.enum(RISK_STATUSES),
  acceptance: z
    .object({ justification: z.string(), acceptedBy: z.string(), acceptedAt: ZDateTime })
    .nullable()
    .describe("Who accepted the risk, when and why (treatment ACCEPT)."),
  obligations: z.array(z.object({ id: z.string(), article: z.string(), title: z.string() })),
  version: z.number().int(),
  updatedAt: ZDateTime,
});
