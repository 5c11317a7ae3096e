import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ReviewDecisionDTO } from "@/lib/dal/classification/reviews";
import { openQuestionsOf } from "@/lib/classification/progress";
import { openPoints } from "@/lib/classification/result-status";
import type { ClassificationResult, TSystemProfile } from "@/lib/rules";
import { formatDateTime } from "@/lib/utils";
import { ContradictionsList } from "./contradictions-list";
import { OpenQuestionsList } from "./open-questions-list";
import { RemovalsList } from "./removals-list";
import { ResultNotes } from "./result-notes";
import { ReviewPoints } from "./review-points";

type Props = {
  result: ClassificationResult;
  /** The run's answers: the open questions are counted from them, as the questionnaire counts them. */
  answers: TSystemProfile;
  questionnaireHref?: string;
  legalQuestions: ReviewDecisionDTO | null;
  /** Legal's confirmation or override of this run: the points below have been read, nothing waits for a lawyer. */
  reviewedBy?: ReviewDecisionDTO | null;
};

// What is still open on a stored result, kept apart by what it takes: answers that clash, questions that decide the
// tier, questions that only complete the obligations, points for a lawyer, calendar notes, and answers that remove duties.
export function ResultQuestionCards({ result, answers, questionnaireHref, legalQuestions, reviewedBy }: Props) {
  const { contradictions, removals, notes, lawyerCount: lawyer } = openPoints(result);
  const { deciding, completing } = openQuestionsOf(answers, result);
  return (
    <>
      {contradictions.length > 0 && (
        <Card aria-label="Answers that contradict each other">
          <CardHeader
            title={`Answers that contradict each other (${contradictions.length})`}
            description="These answers cannot all be true. Correct them in the questionnaire."
          />
          <CardBody>
            <ContradictionsList contradictions={contradictions} questionnaireHref={questionnaireHref} />
          </CardBody>
        </Card>
      )}
      {deciding.length > 0 && (
        <Card aria-label="Questions that decide the result">
          <CardHeader
            title={`Questions that decide the result (${deciding.length})`}
            description="Until these are answered, the result is not determined."
          />
          <CardBody className="py-2">
            <OpenQuestionsList questions={deciding} questionnaireHref={questionnaireHref} empty="" />
          </CardBody>
        </Card>
      )}
      <Card aria-label="Questions that complete the obligations">
        <CardHeader
          title={`Questions that complete the obligations (${completing.length})`}
          description="They do not change the tier; their answers complete or date the obligations."
        />
        <CardBody className="space-y-3 py-2">
          {legalQuestions && (
            <div className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-950">
              <p className="font-medium">
                Legal review asks ({legalQuestions.decidedByName}, {formatDateTime(legalQuestions.decidedAt)}):
              </p>
              <ul className="mt-1 list-disc pl-5">
                {legalQuestions.openQuestions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </div>
          )}
          <OpenQuestionsList
            questions={completing}
            questionnaireHref={questionnaireHref}
            empty="Nothing open: every question the obligations depend on is answered."
          />
        </CardBody>
      </Card>
      {lawyer > 0 && (
        <Card aria-label={reviewedBy ? "Read by legal" : "Needs a lawyer"}>
          <CardHeader
            title={reviewedBy ? "Read by legal" : "Needs a lawyer"}
            description={
              reviewedBy
                ? `${reviewedBy.decidedByName} ${reviewedBy.decision === "OVERRIDDEN" ? "overrode" : "confirmed"} this result on ${formatDateTime(reviewedBy.decidedAt)} after reading these points.`
                : "The tier, a role or the scope turns on a disputed reading of the law."
            }
          />
          <CardBody>
            <ReviewPoints result={result} />
          </CardBody>
        </Card>
      )}
      {notes.length > 0 && (
        <Card aria-label="Notes">
          <CardHeader
            title={`Notes (${notes.length})`}
            description="Disputed dates and readings that do not change tier, role or scope: keep them in the calendar, no review needed."
          />
          <CardBody>
            <ResultNotes notes={notes} />
          </CardBody>
        </Card>
      )}
      {removals.length > 0 && (
        <Card aria-label="Answers that remove obligations">
          <CardHeader
            title="Answers that remove obligations"
            description="Each answer below takes duties away; check it is right before relying on it."
          />
          <CardBody>
            <RemovalsList removals={removals} questionnaireHref={questionnaireHref} />
          </CardBody>
        </Card>
      )}
    </>
  );
}
