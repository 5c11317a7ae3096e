import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { ReviewRequestDTO } from "@/lib/dal/classification/review-requests";
import { formatDateTimeIn } from "@/lib/i18n/format";

const TONE = { OPEN: "amber", ANSWERED: "blue", SENT_BACK: "violet", CLOSED: "green" } as const;
const STATUS_KEYS = {
  OPEN: "statusOpen",
  ANSWERED: "statusAnswered",
  SENT_BACK: "statusSentBack",
  CLOSED: "statusClosed",
} as const;
const REPLY_KEYS = {
  ANSWERED: "repliedAnswered",
  SENT_BACK: "repliedSentBack",
  OPEN: "replied",
  CLOSED: "repliedAnswered",
} as const;

// Each request for legal review of this system, newest first: the question, legal's reply, and where it stands.
// `reply` renders legal's answer form under a request still waiting for legal.
export function ReviewRequestsList({
  requests,
  reply,
}: {
  requests: ReviewRequestDTO[];
  reply?: (request: ReviewRequestDTO) => ReactNode;
}) {
  const t = useTranslations("ClassificationReview");
  const locale = useLocale();
  if (requests.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noRequests")}</p>;
  return (
    <ol className="divide-y divide-slate-100" data-testid="review-requests">
      {requests.map((r) => (
        <li key={r.id} className="space-y-2 px-5 py-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[r.status]}>{t(STATUS_KEYS[r.status])}</Badge>
            <span className="text-xs text-slate-600">
              {t("askedAbout", { name: r.requestedByName, sequence: r.runSequence })}{" "}
              <time dateTime={r.createdAt.toISOString()}>{formatDateTimeIn(locale, r.createdAt)}</time>
            </span>
          </div>
          <p className="whitespace-pre-line break-words text-slate-900">{r.question}</p>
          {r.response && r.respondedAt && (
            <div className="rounded-md bg-slate-50 px-3 py-2">
              <p className="text-xs text-slate-600">
                {t(REPLY_KEYS[r.status], { name: r.respondedByName ?? t("formerMember") })}{" "}
                <time dateTime={r.respondedAt.toISOString()}>{formatDateTimeIn(locale, r.respondedAt)}</time>
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
