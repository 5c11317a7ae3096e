import { z } from "zod";
import { TIER_CODES } from "./system-fields";

// Shapes shared by the REST API's operations (lib/api/routes). Dates travel as ISO 8601 strings.
export const ZApiId = z.string().trim().min(1).max(64);
export const ZIdParams = z.object({ id: ZApiId });
export const ZDateTime = z.iso.datetime({ offset: true }).describe("ISO 8601 date-time");
export const ZDay = z.iso.date().describe("YYYY-MM-DD");
export const ZTierCode = z.enum(TIER_CODES);

export const ZProblem = z.object({
  type: z.string().describe("Link to the explanation of this error on the API docs page."),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe("What went wrong, in words you can show a person."),
  errors: z
    .record(z.string(), z.array(z.string()))
    .optional()
    .describe("Per-field messages (422). Nested fields are dotted: models.0.name."),
  correlationId: z.string().optional().describe("Quote this when reporting a 500."),
});
