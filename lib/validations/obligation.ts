import { z } from "zod";
import { DAY_PATTERN, inDayRange, isRealDay } from "@/lib/dates";

export const OBLIGATION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"] as const;
export type ObligationStatusCode = (typeof OBLIGATION_STATUSES)[number];
export const OPEN_STATUSES: ObligationStatusCode[] = ["NOT_STARTED", "IN_PROGRESS"];

export const STATUS_LABELS: Record<ObligationStatusCode, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  NOT_APPLICABLE: "Not applicable",
};

const ZId = z.string().trim().min(1).max(64);

// Dates travel as YYYY-MM-DD (what <input type="date"> gives); empty means "no due date". The REST API documents
// this schema as it is (lib/validations/api-obligations.ts), so the meta below is the rule the refine applies.
const ZOptionalDate = z
  .string()
  .refine((v) => v === "" || isRealDay(v), "Enter a date like 2027-12-02, or leave it empty.")
  .refine((v) => v === "" || inDayRange(v), "Enter a date between 1900 and 2199.")
  .transform((v) => (v ? v : null))
  .meta({
    anyOf: [{ const: "" }, { type: "string", format: "date", pattern: DAY_PATTERN }],
    description: 'A real day (YYYY-MM-DD) from 1900 to 2199, or "" for none.',
  });

export const MIN_COMPLETION_NOTE = 10;

// A "not applicable" claim is what an auditor will question first, so it must carry its reason. "Done" without
// evidence needs a note too, but whether evidence is attached is known only on the server (assertDoneIsBacked).
export const ZUpdateObligation = z
  .object({
    obligationId: ZId,
    version: z.number().int().min(1),
    status: z.enum(OBLIGATION_STATUSES, "Choose a status."),
    ownerId: z
      .string()
      .trim()
      .max(64)
      .transform((v) => (v ? v : null)),
    dueDate: ZOptionalDate,
    notApplicableReason: z.string().trim().max(2000, "Use at most 2,000 characters."),
    completionNote: z.string().trim().max(2000, "Use at most 2,000 characters.").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.status === "NOT_APPLICABLE" && v.notApplicableReason.length < 10) {
      ctx.addIssue({
        code: "custom",
        path: ["notApplicableReason"],
        message: "Explain why this obligation does not apply (at least 10 characters); auditors will ask.",
      });
    }
  });
export type TUpdateObligation = z.input<typeof ZUpdateObligation>;
export type UpdateObligationInput = z.output<typeof ZUpdateObligation>;

export const ZAddComment = z.object({
  obligationId: ZId,
  body: z.string().trim().min(1, "Write a comment first.").max(5000, "Use at most 5,000 characters."),
});
export type TAddComment = z.input<typeof ZAddComment>;
