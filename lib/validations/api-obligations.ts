import { z } from "zod";
import { ROLES } from "@/lib/rules";
import { ZApiId, ZDateTime, ZDay, ZTierCode } from "./api-common";
import { DUE_WINDOWS, OBLIGATION_SORTS } from "./obligation-list";
import { OBLIGATION_STATUSES, ZUpdateObligation } from "./obligation";

const ZStatus = z.enum(OBLIGATION_STATUSES);

// Same names as the app's Obligations page URL (lib/validations/obligation-list.ts).
export const ZObligationListApiQuery = z.object({
  status: z
    .string()
    .optional()
    .describe(`Comma list of ${OBLIGATION_STATUSES.join(", ")}; default: open work.`),
  owner: z.string().optional().describe("User id, me (the token's creator) or none."),
  due: z.enum(DUE_WINDOWS).optional(),
  article: z.string().optional().describe("Article prefix, e.g. Art 26."),
  system: z.string().optional().describe("AI system id."),
  unit: z.string().optional(),
  tier: z.string().optional().describe("Comma list of tier codes."),
  quarter: z.string().optional().describe("Applies from within this quarter, e.g. 2027-Q4."),
  applies: z
    .string()
    .regex(/^(now|later|\d{4}-\d{2}-\d{2})$/, "Use now, later or a date (YYYY-MM-DD).")
    .optional()
    .describe(
      "now: duties that apply today or earlier (the dashboard's due now); later: duties that start later; a date: duties that apply from that day.",
    ),
  role: z.enum(ROLES).optional(),
  sort: z.enum(OBLIGATION_SORTS).optional(),
});

export const ZObligationRowApi = z.object({
  id: z.string(),
  article: z.string(),
  title: z.string(),
  role: z.string(),
  status: ZStatus,
  dueDate: ZDay.nullable(),
  appliesFrom: ZDay,
  blocking: z.boolean(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  system: z.object({
    id: z.string(),
    name: z.string(),
    businessUnit: z.string(),
    tier: ZTierCode.nullable().describe("While disposition is UNDETERMINED only a floor: read possibleTier instead."),
    possibleTier: ZTierCode.nullable().describe(
      "The highest tier still possible; equals tier unless disposition is UNDETERMINED.",
    ),
    disposition: z.enum(["FINAL", "REQUIRES_REVIEW", "UNDETERMINED"]).nullable(),
  }),
});

export const ZObligationApi = z.object({
  id: z.string(),
  systemId: z.string(),
  code: z.string(),
  role: z.string(),
  article: z.string(),
  title: z.string(),
  summary: z.string(),
  appliesFrom: ZDay,
  blocking: z.boolean(),
  status: ZStatus,
  notApplicableReason: z.string(),
  completionNote: z.string().describe("How the duty was met, when it was marked DONE without evidence."),
  ownerId: z.string().nullable(),
  dueDate: ZDay.nullable(),
  obsoleteAt: ZDateTime.nullable(),
  version: z.number().int(),
  updatedAt: ZDateTime,
  evidenceCount: z.number().int(),
});

export const ZObligationParams = z.object({ id: ZApiId, obligationId: ZApiId });

// Fields left out keep their stored value; send "" to clear owner or due date. Each field is the app form's own
// (ZUpdateObligation), so the document states what the merged check applies.
const form = ZUpdateObligation.shape;
export const OBLIGATION_PATCH_FIELDS = [
  "status",
  "ownerId",
  "dueDate",
  "notApplicableReason",
  "completionNote",
] as const;
export const ZObligationPatchApi = z.object({
  version: z.number({ error: "Send the version you read." }).int().min(1),
  status: form.status.optional(),
  ownerId: form.ownerId.optional().describe('User id of a member of the organisation, or "" for none.'),
  dueDate: form.dueDate.optional(),
  notApplicableReason: form.notApplicableReason
    .optional()
    .describe("Required (10+ characters) when status is NOT_APPLICABLE."),
  completionNote: form.completionNote
    .optional()
    .describe(
      "How the duty was met. Required (10+ characters) to set DONE while no evidence is attached, unless the organisation requires evidence (then attach evidence first).",
    ),
});
