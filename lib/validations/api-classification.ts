import { z } from "zod";
import { ROLES, TIERS, ZSystemProfile } from "@/lib/rules";
import { ZDay } from "./api-common";

export const ZClassifyApi = z.object({
  profile: ZSystemProfile.describe("The classification questionnaire's answers; every field is optional (see `npm run classify -- --schema`)."),
  asOf: ZDay.optional().describe("Classify as the law stands on this day; default today (UTC)."),
});

export const ZStoreRunApi = z.object({ answers: ZSystemProfile });

const ZResultObligation = z.looseObject({
  code: z.string(), role: z.enum(ROLES), article: z.string(), title: z.string(), summary: z.string(),
  appliesFrom: ZDay, appliesNow: z.boolean(), blocking: z.boolean().optional(),
});

// The rules engine's ClassificationResult (lib/rules/types.ts); nested detail objects are documented loosely.
export const ZClassificationResultApi = z.looseObject({
  ruleSet: z.object({ id: z.string(), effectiveFrom: ZDay }),
  asOf: ZDay,
  inScope: z.boolean().nullable(),
  tier: z.enum(TIERS),
  facets: z.looseObject({}),
  roles: z.array(z.enum(ROLES)),
  disposition: z.enum(["final", "requires_review"]),
  openQuestions: z.array(z.looseObject({})).describe("What is still unknown and which answer would settle it."),
  findings: z.array(z.looseObject({})).describe("Each finding with its reason and citation."),
  obligations: z.array(ZResultObligation),
});

export const ZStoredRunApi = z.object({
  runId: z.string(), sequence: z.number().int(), obligationsAdded: z.number().int(), obligationsObsoleted: z.number().int(),
  result: ZClassificationResultApi,
});
