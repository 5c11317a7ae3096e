import { z } from "zod";
import { ZApiId, ZDateTime, ZDay } from "./api-common";
import { DAY_PATTERN } from "@/lib/dates";
import { RISK_SOURCES, RISK_STATUSES, RISK_TREATMENTS, ZCreateRisk } from "./risks";

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

// Text, source and status are the form's own fields (ZRiskFields), so the document states the limits the merged
// check applies; the rest differ in form only (a list instead of lines, null instead of "").
const form = ZCreateRisk.shape;
const fields = {
  title: form.title,
  description: form.description,
  affectedPersons: form.affectedPersons,
  fundamentalRights: z
    .array(z.string().max(300))
    .max(50)
    .describe("One right per item; at most 2,000 characters in all (the form keeps them one per line)."),
  source: form.source,
  likelihood: ZScaleApi,
  impact: ZScaleApi,
  residualLikelihood: ZScaleApi.nullable().describe(
    "Set with residualImpact, or both null: the risk after the change must have both or neither.",
  ),
  residualImpact: ZScaleApi.nullable(),
  treatment: z
    .enum(RISK_TREATMENTS)
    .nullable()
    .describe(
      "ACCEPT only while the current rating is low or medium; a high or critical residual risk is accepted in the app.",
    ),
  mitigation: form.mitigation,
  ownerId: z.string().trim().max(64).nullable().describe("User id of a member of the organisation, or null."),
  // The form also refuses years outside 1900-2199 (the database has no year 0); the pattern says so.
  nextReviewDate: ZDay.meta({ pattern: DAY_PATTERN, description: "YYYY-MM-DD, from 1900 to 2199." }).nullable(),
  status: form.status,
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
