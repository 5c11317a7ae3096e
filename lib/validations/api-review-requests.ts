import { z } from "zod";
import { ZDateTime } from "./api-common";
import { REVIEW_REQUEST_STATUS_LABELS, ZRequestReview } from "./review-requests";

// The REST API's shapes for requests for legal review: the same question rules as the app's form.
export const REVIEW_REQUEST_STATUSES = Object.keys(REVIEW_REQUEST_STATUS_LABELS) as [
  keyof typeof REVIEW_REQUEST_STATUS_LABELS,
  ...(keyof typeof REVIEW_REQUEST_STATUS_LABELS)[],
];

export const ZReviewRequestCreateApi = ZRequestReview.pick({ question: true });

export const ZReviewRequestQueueQuery = z.object({
  status: z
    .enum(REVIEW_REQUEST_STATUSES, { error: `Use one of ${REVIEW_REQUEST_STATUSES.join(", ")}.` })
    .optional()
    .describe(
      "OPEN: waiting for legal. ANSWERED: legal answered, the decision is still to come. SENT_BACK: legal returned it to the requester with a note. CLOSED: legal confirmed or overrode the run.",
    ),
});

export const ZReviewRequestApi = z.object({
  id: z.string(),
  systemId: z.string(),
  systemName: z.string(),
  runId: z.string().describe("The classification run the question is about (the system's current run when asked)."),
  runSequence: z.number().int(),
  question: z.string(),
  status: z.enum(REVIEW_REQUEST_STATUSES),
  response: z.string().describe("Legal's answer or send-back note; empty until legal replies."),
  requestedById: z.string(),
  requestedByName: z.string(),
  respondedByName: z.string().nullable(),
  createdAt: ZDateTime,
  respondedAt: ZDateTime.nullable(),
  closedAt: ZDateTime.nullable().describe("When legal's confirm or override on the run closed the request."),
});
