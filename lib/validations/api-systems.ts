import { z } from "zod";
import { ZDateTime, ZDay, ZTierCode } from "./api-common";
import { EMPTY_INTAKE, ZSystemIntake } from "./system";
import { DISPOSITION_FILTERS, READINESS_FILTERS, SYSTEM_SORTS } from "./system-list";
import { ROLES } from "@/lib/rules";
import {
  AFFECTED_GROUPS,
  AUTOMATION_LEVELS,
  DATA_CATEGORIES,
  EU_MEMBER_STATES,
  LIFECYCLE_STAGES,
  SOURCINGS,
  type MemberStateCode,
} from "./system-fields";

// The intake travels in the same form as the app's intake form (the one zod schema): "" for "not answered",
// outputUsedInEu as "yes" / "no" / "". Fields left out take their empty value on create and keep the stored
// value on update.
const intakeKeys = Object.keys(EMPTY_INTAKE) as (keyof typeof EMPTY_INTAKE)[];

// A system read from GET can be written back as it is: the response's forms (outputUsedInEu true / false / null,
// null for an unanswered choice or date) are read as the form's ("yes" / "no" / "").
const unanswered = (v: unknown) => (v === null ? "" : v);
const RESPONSE_FORMS = new Map<string, (value: unknown) => unknown>([
  ["outputUsedInEu", (v) => (v === true ? "yes" : v === false ? "no" : unanswered(v))],
  ["sourcing", unanswered],
  ["lifecycleStage", unanswered],
  ["automationLevel", unanswered],
  ["placedOnMarketAt", unanswered],
]);

function asIntakeForm(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, RESPONSE_FORMS.get(k)?.(v) ?? v]));
}

export const ZSystemCreateApi = z.preprocess(
  (raw) =>
    raw && typeof raw === "object" && !Array.isArray(raw)
      ? { ...EMPTY_INTAKE, ...asIntakeForm(raw as Record<string, unknown>) }
      : raw,
  ZSystemIntake,
);

// For the document only: every intake field optional (the parser above fills the gaps, then checks everything),
// and each also in the form GET returns it.
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]).optional();
const optionalIntake = z
  .object(
    Object.fromEntries(intakeKeys.map((k) => [k, ZSystemIntake.shape[k].optional()])) as {
      [K in keyof typeof ZSystemIntake.shape]: z.ZodOptional<(typeof ZSystemIntake.shape)[K]>;
    },
  )
  .extend({
    outputUsedInEu: z
      .union([z.enum(["", "yes", "no"]), z.boolean(), z.null()])
      .optional()
      .describe('"yes" / "no" / "" (not answered), or as GET returns it: true / false / null.'),
    sourcing: orNull(ZSystemIntake.shape.sourcing),
    lifecycleStage: orNull(ZSystemIntake.shape.lifecycleStage),
    automationLevel: orNull(ZSystemIntake.shape.automationLevel),
    placedOnMarketAt: orNull(ZSystemIntake.shape.placedOnMarketAt),
  });
// What checkIntake demands unless isDraft is true, as JSON Schema (the same rules the app's form applies).
const SAVED_INTAKE = {
  required: ["intendedPurpose", "businessUnit", "lifecycleStage", "dataCategories"],
  properties: {
    intendedPurpose: { type: "string", pattern: "\\S", maxLength: 4000 },
    businessUnit: { type: "string", pattern: "\\S", maxLength: 120 },
    lifecycleStage: { type: "string", enum: [...LIFECYCLE_STAGES] },
    dataCategories: { ...ZSystemIntake.shape.dataCategories.toJSONSchema({ io: "input" }), minItems: 1 },
  },
  anyOf: [
    {
      required: ["memberStates"],
      properties: { memberStates: { ...ZSystemIntake.shape.memberStates.toJSONSchema({ io: "input" }), minItems: 1 } },
    },
    { required: ["outputUsedInEu"], properties: { outputUsedInEu: { type: "string", enum: ["yes", "no"] } } },
  ],
};
export const ZSystemCreateDoc = optionalIntake
  .extend({ name: ZSystemIntake.shape.name })
  .meta({ if: { properties: { isDraft: { const: true } }, required: ["isDraft"] }, else: SAVED_INTAKE });

export const ZSystemPatchApi = z.looseObject({
  version: z.number({ error: "Send the version you read (GET returns it)." }).int().min(1),
});
export const ZSystemPatchDoc = optionalIntake.extend({
  version: z.number().int().min(1).describe("The `version` you read; if the system changed since, the answer is 409."),
});

export function pickIntakeFields(raw: Record<string, unknown>): Record<string, unknown> {
  return asIntakeForm(Object.fromEntries(intakeKeys.filter((k) => k in raw).map((k) => [k, raw[k]])));
}

// Same parameter names as the inventory's URL (lib/validations/system-list.ts), so a filtered view in the app can
// be turned into an API call by swapping the host and path.
export const ZSystemListApiQuery = z.object({
  q: z.string().optional().describe("Search in name, description and vendor."),
  tier: z
    .string()
    .optional()
    .describe(
      "Comma list of tier codes, or NONE for unclassified. A system not determined yet matches its possibleTier.",
    ),
  role: z.string().optional().describe("Comma list of roles: provider, deployer, importer, …"),
  disposition: z
    .enum(DISPOSITION_FILTERS)
    .optional()
    .describe("FINAL, REQUIRES_REVIEW, UNDETERMINED (not determined yet) or UNCLASSIFIED."),
  lifecycle: z
    .string()
    .optional()
    .describe(`Comma list: ${LIFECYCLE_STAGES.join(", ")}`),
  unit: z.string().optional().describe("Business unit, exact."),
  owner: z.string().optional().describe("Owner's user id, or none."),
  readiness: z.enum(READINESS_FILTERS).optional(),
  sort: z.enum(SYSTEM_SORTS).optional(),
});

const ZOwnerRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const ZSystemRowApi = z.object({
  id: z.string(),
  name: z.string(),
  businessUnit: z.string(),
  vendor: z.string(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  tier: ZTierCode.nullable().describe("While disposition is UNDETERMINED only a floor: read possibleTier instead."),
  possibleTier: ZTierCode.nullable().describe(
    'The highest tier still possible; equals tier unless disposition is UNDETERMINED ("Not determined yet").',
  ),
  disposition: z
    .enum(["FINAL", "REQUIRES_REVIEW", "UNDETERMINED"])
    .nullable()
    .describe('UNDETERMINED: a question deciding scope, a role or the tier is unanswered or "not sure".'),
  roles: z.array(z.enum(ROLES)),
  obligationsApplicable: z.number().int(),
  obligationsDone: z.number().int(),
  isDraft: z.boolean(),
  version: z.number().int(),
  updatedAt: ZDateTime,
  owner: ZOwnerRef,
});

export const ZSystemApi = ZSystemRowApi.omit({ obligationsApplicable: true, obligationsDone: true }).extend({
  description: z.string(),
  intendedPurpose: z.string(),
  sourcing: z.enum(SOURCINGS).nullable(),
  placedOnMarketAt: ZDay.nullable(),
  memberStates: z.array(z.enum(Object.keys(EU_MEMBER_STATES) as [MemberStateCode, ...MemberStateCode[]])),
  outputUsedInEu: z.boolean().nullable(),
  affectedPersons: z.array(z.enum(AFFECTED_GROUPS)),
  affectedPersonsNote: z.string(),
  automationLevel: z.enum(AUTOMATION_LEVELS).nullable(),
  humanOversight: z.string(),
  dataCategories: z.array(z.enum(DATA_CATEGORIES)),
  classifiedAt: ZDateTime.nullable(),
  classificationStale: z.boolean(),
  review: z
    .object({
      decided: z
        .boolean()
        .describe('Legal confirmed or overrode the current run (the app shows "Final, reviewed by legal").'),
      overridden: z.boolean().describe("Legal set the tier; `tier` is legal's, not the engine's."),
      decidedAt: ZDateTime.nullable(),
      openRequests: z.number().int().describe("Requests for legal review of this system still waiting for legal."),
    })
    .nullable()
    .describe("Legal's standing on the current classification run; null while the system is not classified."),
  createdAt: ZDateTime,
  models: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      registryName: z.string().nullable(),
      versions: z.array(z.object({ version: z.string(), stage: z.string() })),
    }),
  ),
  datasets: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), uri: z.string() })),
});
