import { z } from "zod";
import { ROLES, ZSystemProfile } from "@/lib/rules";
import { DISPOSITIONS } from "@/lib/rules/types";
import { ZDay, ZTierCode } from "./api-common";

export const ZClassifyApi = z.object({
  profile: ZSystemProfile.describe(
    "The classification questionnaire's answers; every field is optional (see `npm run classify -- --schema`). " +
      '`notSure` lists the questions answered "not sure": they stay open questions, and a deciding one makes the result undetermined.',
  ),
  asOf: ZDay.optional().describe("Classify as the law stands on this day; default today (UTC)."),
});

export const ZStoreRunApi = z.object({ answers: ZSystemProfile });

const ZNote = z.object({ code: z.string(), text: z.string(), citation: z.string() });

const ZResultObligation = z.looseObject({
  code: z.string(),
  role: z.enum(ROLES),
  article: z.string(),
  title: z.string(),
  summary: z.string(),
  appliesFrom: ZDay,
  appliesNow: z.boolean(),
  blocking: z.boolean().optional(),
  notes: z.array(ZNote).optional().describe("Disputed points about this duty, e.g. from when it applies."),
});

const ZOpenQuestion = z.looseObject({
  questionId: z.string().optional(),
  text: z.string(),
  citation: z.string(),
  decides: z
    .union([z.enum(["SCOPE", "ROLE"]), ZTierCode])
    .optional()
    .describe("Set on deciding questions only: the scope, a role, or the highest tier its answer could lead to."),
  notSure: z.boolean().optional().describe('Answered "not sure" rather than left blank.'),
  whoCanAnswer: z.string().optional().describe("Who in the organisation can usually answer it."),
});

// The rules engine's ClassificationResult (lib/rules/types.ts); nested detail objects are documented loosely.
// Results stored before possibleTier, notes, removals and contradictions existed lack them: read them as settled / empty.
export const ZClassificationResultApi = z.looseObject({
  ruleSet: z.object({ id: z.string(), effectiveFrom: ZDay }),
  asOf: ZDay,
  inScope: z.boolean().nullable(),
  tier: ZTierCode.describe(
    "The tier the answers establish, as /systems names it; while disposition is UNDETERMINED only a floor, never the answer.",
  ),
  possibleTier: ZTierCode.optional().describe(
    "The highest tier still possible (equals tier when settled). Missing on older stored results: use tier.",
  ),
  facets: z.looseObject({}),
  roles: z.array(z.enum(ROLES)),
  disposition: z
    .enum(DISPOSITIONS.map((d) => d.toUpperCase()) as [Uppercase<(typeof DISPOSITIONS)[number]>])
    .describe(
      "FINAL: settled on the answers given. REQUIRES_REVIEW: answered, but tier, role or scope turns on a disputed reading. " +
        'UNDETERMINED ("Not determined yet"): a question deciding scope, a role or the tier is unanswered or "not sure", or answers contradict.',
    ),
  openQuestions: z.array(ZOpenQuestion).describe("What is still unknown and which answer would settle it."),
  notes: z
    .array(ZNote)
    .optional()
    .describe("Disputed dates and interpretive points that do not change tier, role or scope (no review needed)."),
  contradictions: z
    .array(z.object({ id: z.string(), questionIds: z.array(z.string()), text: z.string(), citation: z.string() }))
    .optional()
    .describe("Answers that cannot all be true; the result stays undetermined while one is open."),
  removals: z
    .array(
      z.object({
        code: z.string(),
        questionIds: z.array(z.string()),
        text: z.string(),
        citation: z.string(),
        removed: z.array(z.object({ code: z.string(), role: z.enum(ROLES), title: z.string() })),
      }),
    )
    .optional()
    .describe(
      "Answers that take obligations away (Art 111(2) legacy, Art 6(3) derogation, Art 2 exclusions), with the obligations removed.",
    ),
  findings: z.array(z.looseObject({})).describe("Each finding with its reason and citation."),
  obligations: z.array(ZResultObligation),
});

export const ZStoredRunApi = z.object({
  runId: z.string(),
  sequence: z.number().int(),
  obligationsAdded: z.number().int(),
  obligationsObsoleted: z.number().int(),
  result: ZClassificationResultApi,
});
