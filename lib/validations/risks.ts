import { z } from "zod";
import { inDayRange, isRealDay } from "@/lib/dates";

export const RISK_SOURCES = ["INTAKE", "FRIA", "INCIDENT", "MONITORING", "MANUAL"] as const;
export const RISK_TREATMENTS = ["MITIGATE", "ACCEPT", "AVOID", "TRANSFER"] as const;
export const RISK_STATUSES = ["OPEN", "TREATED", "CLOSED"] as const;
export type RiskSourceCode = (typeof RISK_SOURCES)[number];
export type RiskTreatmentCode = (typeof RISK_TREATMENTS)[number];
export type RiskStatusCode = (typeof RISK_STATUSES)[number];

export const RISK_SOURCE_LABELS: Record<RiskSourceCode, string> = {
  INTAKE: "Intake",
  FRIA: "Fundamental rights impact assessment",
  INCIDENT: "Incident",
  MONITORING: "Monitoring breach",
  MANUAL: "Entered by hand",
};
export const RISK_TREATMENT_LABELS: Record<RiskTreatmentCode, string> = {
  MITIGATE: "Mitigate",
  ACCEPT: "Accept",
  AVOID: "Avoid",
  TRANSFER: "Transfer",
};
export const RISK_STATUS_LABELS: Record<RiskStatusCode, string> = {
  OPEN: "Open",
  TREATED: "Treated",
  CLOSED: "Closed",
};

// Accepting a high residual risk is a decision an auditor will read: it needs more than a word.
export const MIN_ACCEPTANCE_JUSTIFICATION = 30;

const ZId = z.string().trim().min(1).max(64);
const SCALE = ["1", "2", "3", "4", "5"] as const;

// Select values travel as strings ("1".."5"); numbers are accepted too (API, tests).
const ZScale = z
  .union([z.enum(SCALE), z.number().int().min(1).max(5)], "Choose a value from 1 to 5.")
  .transform((v) => Number(v));
const ZOptionalScale = z
  .union([z.literal(""), z.null(), z.enum(SCALE), z.number().int().min(1).max(5)], "Choose a value from 1 to 5.")
  .transform((v) => (v === "" || v === null ? null : Number(v)));

const ZOptionalDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isRealDay(v), "Enter a date like 2027-12-02, or leave it empty.")
  .refine((v) => v === "" || inDayRange(v), "Enter a date between 1900 and 2199.")
  .transform((v) => (v ? v : null));

const ZRiskFields = z.object({
  title: z
    .string()
    .trim()
    .min(3, "Give the risk a title (at least 3 characters).")
    .max(200, "Use at most 200 characters."),
  description: z.string().trim().max(5000, "Use at most 5,000 characters."),
  affectedPersons: z.string().trim().max(1000, "Use at most 1,000 characters."),
  // One right per line (e.g. "Non-discrimination (Art 21 Charter)").
  fundamentalRights: z
    .string()
    .max(2000, "Use at most 2,000 characters.")
    .transform((v) => [
      ...new Set(
        v
          .split("\n")
          .map((r) => r.trim())
          .filter(Boolean),
      ),
    ]),
  source: z.enum(RISK_SOURCES, "Choose where this risk came from."),
  likelihood: ZScale,
  impact: ZScale,
  residualLikelihood: ZOptionalScale,
  residualImpact: ZOptionalScale,
  treatment: z
    .union([z.literal(""), z.enum(RISK_TREATMENTS)], "Choose a treatment.")
    .transform((v) => (v === "" ? null : v)),
  mitigation: z.string().trim().max(5000, "Use at most 5,000 characters."),
  ownerId: z
    .string()
    .trim()
    .max(64)
    .transform((v) => (v ? v : null)),
  nextReviewDate: ZOptionalDate,
  status: z.enum(RISK_STATUSES, "Choose a status."),
});

// A residual rating is both parts or neither; "accept" is its own step (ZAcceptRisk), with a justification.
function refineRisk(v: z.output<typeof ZRiskFields>, ctx: z.RefinementCtx) {
  if ((v.residualLikelihood === null) !== (v.residualImpact === null)) {
    const path = v.residualLikelihood === null ? "residualLikelihood" : "residualImpact";
    ctx.addIssue({ code: "custom", path: [path], message: "Rate both residual likelihood and impact, or neither." });
  }
  if (v.treatment === "ACCEPT") {
    ctx.addIssue({
      code: "custom",
      path: ["treatment"],
      message: "Use “Accept the residual risk” below to accept it.",
    });
  }
}

// Where a new risk was opened from (hidden fields of the form opened from an incident or a breach); the data layer
// checks that the incident or event is of the same organisation and system.
const ZOriginId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

const ONE_ORIGIN = {
  path: ["monitoringEventId"],
  message: "A risk is opened or re-scored from an incident or from a monitoring breach, not both.",
};

export const ZCreateRisk = ZRiskFields.extend({
  systemId: ZId,
  incidentId: ZOriginId,
  monitoringEventId: ZOriginId,
})
  .superRefine(refineRisk)
  .refine((v) => !(v.incidentId && v.monitoringEventId), ONE_ORIGIN);
export type TCreateRisk = z.input<typeof ZCreateRisk>;
export type CreateRiskInput = z.output<typeof ZCreateRisk>;

// Saved from an incident's page or a breach (hidden fields), the change is a re-score from it.
export const ZUpdateRisk = ZRiskFields.extend({
  riskId: ZId,
  version: z.number().int().min(1),
  incidentId: ZOriginId,
  monitoringEventId: ZOriginId,
})
  .superRefine(refineRisk)
  .refine((v) => !(v.incidentId && v.monitoringEventId), ONE_ORIGIN);
export type TUpdateRisk = z.input<typeof ZUpdateRisk>;
export type UpdateRiskInput = z.output<typeof ZUpdateRisk>;

export const ZAcceptRisk = z.object({
  riskId: ZId,
  version: z.number().int().min(1),
  justification: z.string().trim().max(5000, "Use at most 5,000 characters.").default(""),
});
export type TAcceptRisk = z.input<typeof ZAcceptRisk>;
export type AcceptRiskInput = z.output<typeof ZAcceptRisk>;

export const ZRiskObligationLink = z.object({ riskId: ZId, obligationId: ZId });
export type TRiskObligationLink = z.input<typeof ZRiskObligationLink>;
