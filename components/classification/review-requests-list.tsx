import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { ReviewRequestDTO } from "@/lib/dal/classification/review-requests";
import { formatDateTime } from "@/lib/utils";
import { REVIEW_REQUEST_STATUS_LABELS } from "@/lib/validations/review-requests";

const TONE = { OPEN: "amber", ANSWERED: "blue", SENT_BACK: "violet", CLOSED: "green" } as const;
const REPLY_WORDS = { ANSWERED: "answered", SENT_BACK: "sent it back", OPEN: "replied", CLOSED: "answered" } as const;

// Each request for legal review of this system, newest first: the question, legal's reply, and where it stands.
// `reply` renders legal's answer form under a request still waiting for legal.
export function ReviewRequestsList({
  requests,
  reply,
}: {
  requests: ReviewRequestDTO[];
  reply?: (request: ReviewRequestDTO) => ReactNode;
}) {
  if (requests.length === 0)
    return <p className="px-5 py-4 text-sm text-slate-600">Nobody has asked legal about this system yet.</p>;
  return (
    <ol className="divide-y divide-slate-100" data-testid="review-requests">
      {requests.map((r) => (
        <li key={r.id} className="space-y-2 px-5 py-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[r.status]}>{REVIEW_REQUEST_STATUS_LABELS[r.status]}</Badge>
            <span className="text-xs text-slate-600">
              {r.requestedByName} asked about run {r.runSequence},{" "}
              <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
            </span>
          </div>
          <p className="whitespace-pre-line break-words text-slate-900">{r.question}</p>
          {r.response && r.respondedAt && (
            <div className="rounded-md bg-slate-50 px-3 py-2">
              <p className="text-xs text-slate-600">
                {r.respondedByName ?? "A former member"} {REPLY_WORDS[r.status]},{" "}
                <time dateTime={r.respondedAt.toISOString()}>{formatDateTime(r.respondedAt)}</time>
              </p>
              <p className="whitespace-pre-line break-words text-slate-900">{r.response}</p>
            </div>
          )}
          {r.status === "OPEN" && reply?.(r)}
        </li>
      ))}
    </ol>
  );
}
