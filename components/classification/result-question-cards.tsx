import { useLocale, useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ReviewDecisionDTO } from "@/lib/dal/classification/reviews";
import { openQuestionsOf } from "@/lib/classification/progress";
import { openPoints } from "@/lib/classification/result-status";
import type { ClassificationResult, TSystemProfile } from "@/lib/rules";
import { formatDateTimeIn } from "@/lib/i18n/format";
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
  const t = useTranslations("ResultCards");
  const locale = useLocale();
  const at = (value: Date) => formatDateTimeIn(locale, value);
  const { contradictions, removals, notes, lawyerCount: lawyer } = openPoints(result);
  const { deciding, completing } = openQuestionsOf(answers, result);
  return (
    <>
      {contradictions.length > 0 && (
        <Card aria-label={t("contradictionsLabel")}>
          <CardHeader
            title={t("contradictionsTitle", { count: contradictions.length })}
            description={t("contradictionsDescription")}
          />
          <CardBody>
            <ContradictionsList contradictions={contradictions} questionnaireHref={questionnaireHref} />
          </CardBody>
        </Card>
      )}
      {deciding.length > 0 && (
        <Card aria-label={t("decidingLabel")}>
          <CardHeader title={t("decidingTitle", { count: deciding.length })} description={t("decidingDescription")} />
          <CardBody className="py-2">
            <OpenQuestionsList questions={deciding} questionnaireHref={questionnaireHref} empty="" />
          </CardBody>
        </Card>
      )}
      <Card aria-label={t("completingLabel")}>
        <CardHeader
          title={t("completingTitle", { count: completing.length })}
          description={t("completingDescription")}
        />
        <CardBody className="space-y-3 py-2">
          {legalQuestions && (
            <div className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-950">
              <p className="font-medium">
                {t("legalAsks", { name: legalQuestions.decidedByName, date: at(legalQuestions.decidedAt) })}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {legalQuestions.openQuestions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </div>
          )}
          <OpenQuestionsList questions={completing} questionnaireHref={questionnaireHref} empty={t("nothingOpen")} />
        </CardBody>
      </Card>
      {lawyer > 0 && (
        <Card aria-label={reviewedBy ? t("readByLegal") : t("needsLawyer")}>
          <CardHeader
            title={reviewedBy ? t("readByLegal") : t("needsLawyer")}
            description={
              reviewedBy
                ? t(reviewedBy.decision === "OVERRIDDEN" ? "readOverridden" : "readConfirmed", {
                    name: reviewedBy.decidedByName,
                    date: at(reviewedBy.decidedAt),
                  })
                : t("needsLawyerDescription")
            }
          />
          <CardBody>
            <ReviewPoints result={result} />
          </CardBody>
        </Card>
      )}
      {notes.length > 0 && (
        <Card aria-label={t("notesLabel")}>
          <CardHeader title={t("notesTitle", { count: notes.length })} description={t("notesDescription")} />
          <CardBody>
            <ResultNotes notes={notes} />
          </CardBody>
        </Card>
      )}
      {removals.length > 0 && (
        <Card aria-label={t("removalsTitle")}>
          <CardHeader title={t("removalsTitle")} description={t("removalsDescription")} />
          <CardBody>
            <RemovalsList removals={removals} questionnaireHref={questionnaireHref} />
          </CardBody>
        </Card>
      )}
    </>
  );
}
