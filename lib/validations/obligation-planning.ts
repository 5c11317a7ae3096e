import { z } from "zod";
import { MAX_LEAD_DAYS } from "@/lib/obligations/due-date";

export const DONE_RULES = ["evidence_or_note", "evidence"] as const;
export type DoneRule = (typeof DONE_RULES)[number];

// How the organisation plans its duties (Settings → Organisation). Days arrive as typed in a number field.
export const ZObligationPlanning = z.object({
  obligationLeadDays: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `Enter a whole number of days from 1 to ${MAX_LEAD_DAYS}.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, "Plan at least 1 day ahead.")
        .max(MAX_LEAD_DAYS, `Plan at most ${MAX_LEAD_DAYS} days ahead.`),
    ),
  doneRule: z.enum(DONE_RULES, "Choose what marking an obligation done needs."),
});
export type TObligationPlanning = z.input<typeof ZObligationPlanning>;
export type ObligationPlanningInput = z.output<typeof ZObligationPlanning>;
