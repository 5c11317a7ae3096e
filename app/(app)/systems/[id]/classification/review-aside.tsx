import { useTranslations } from "next-intl";
import { AnswersReadOnly } from "@/components/classification/answers-read-only";
import { DecisionLog } from "@/components/classification/decision-log";
import { ReviewNotYet } from "@/components/classification/review-not-yet";
import { ReviewRequestsList } from "@/components/classification/review-requests-list";
import { Card, CardHeader } from "@/components/ui/card";
import { isUndetermined } from "@/lib/classification/result-status";
import type { ReviewRequestDTO } from "@/lib/dal/classification/review-requests";
import type { ReviewDecisionDTO } from "@/lib/dal/classification/reviews";
import type { CurrentRunDTO } from "@/lib/dal/classification/run-history";
import { ReplyForm } from "./reply-form";
import { RequestReviewForm } from "./request-review-form";
import { ReviewPanel } from "./review-panel";

type Props = {
  systemId: string;
  current: CurrentRunDTO;
  decisions: ReviewDecisionDTO[];
  requests: ReviewRequestDTO[];
  canRun: boolean;
  canReview: boolean;
};

// Beside the result: the requests to legal and their replies, legal's decision form, the answers legal confirms
// (read-only), and the signed decision log.
export function ReviewAside({ systemId, current, decisions, requests, canRun, canReview }: Props) {
  const t = useTranslations("ClassificationReview");
  const waiting = requests.some((r) => r.status === "OPEN" && r.runId === current.id);
  return (
    <aside className="min-w-0 space-y-6">
      <Card id="review-requests">
        <CardHeader
          title={t("questionsTitle")}
          description={canReview ? t("questionsDescriptionLegal") : t("questionsDescriptionAsk")}
        />
        <ReviewRequestsList requests={requests} reply={canReview ? (r) => <ReplyForm requestId={r.id} /> : undefined} />
        {canRun && !waiting && !current.review.decided && (
          <div className="border-t border-slate-200">
            <RequestReviewForm systemId={systemId} />
          </div>
        )}
      </Card>
      <Card>
        <CardHeader
          title={t("legalReviewTitle")}
          description={t("legalReviewDescription", { sequence: current.sequence })}
        />
        {isUndetermined(current.result) ? (
          <ReviewNotYet
            result={current.result}
            answers={current.answers}
            questionnaireHref={canRun ? `/systems/${systemId}/classify` : undefined}
          />
        ) : canReview ? (
          <ReviewPanel runId={current.id} result={current.result} />
        ) : (
          <p className="px-5 py-4 text-sm text-slate-600">{t("onlyLegal")}</p>
        )}
      </Card>
      {canReview && (
        <Card>
          <CardHeader title={t("answersTitle", { sequence: current.sequence })} description={t("answersDescription")} />
          <AnswersReadOnly answers={current.answers} />
        </Card>
      )}
      <Card>
        <CardHeader title={t("decisionLogTitle")} />
        <DecisionLog decisions={decisions} />
      </Card>
    </aside>
  );
}
