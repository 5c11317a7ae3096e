import { z } from "zod";

// Requests for legal review: the officer's question, legal's answer or send-back note. Shared by forms and actions.
const ZId = z.string().trim().min(1).max(64);

export const ZRequestReview = z.object({
  systemId: ZId,
  question: z
    .string()
    .trim()
    .min(10, "Write the question for legal (at least 10 characters).")
    .max(4000, "Keep the question under 4000 characters."),
});
export type TRequestReview = z.input<typeof ZRequestReview>;

export const REVIEW_REPLIES = ["ANSWERED", "SENT_BACK"] as const;
export const REVIEW_REPLY_LABELS: Record<(typeof REVIEW_REPLIES)[number], string> = {
  ANSWERED: "Answer the question",
  SENT_BACK: "Send back with a note",
};

export const ZRespondReview = z.object({
  requestId: ZId,
  reply: z.enum(REVIEW_REPLIES),
  note: z
    .string()
    .trim()
    .min(1, "Write the answer or the note for the requester.")
    .max(4000, "Keep it under 4000 characters."),
});
export type TRespondReview = z.input<typeof ZRespondReview>;

export const REVIEW_REQUEST_STATUS_LABELS = {
  OPEN: "Waiting for legal",
  ANSWERED: "Answered",
  SENT_BACK: "Sent back",
  CLOSED: "Closed by a decision",
} as const;
