import { openQuestionsOf } from "@/lib/classification/progress";
import type { ClassificationResult, TSystemProfile } from "@/lib/rules";
import { OpenQuestionsList } from "./open-questions-list";
import { countPhrase, verbFor } from "@/lib/plural";

// Legal signs off on a settled answer set; a result that is not determined yet needs answers first, not a lawyer.
export function ReviewNotYet({
  result,
  answers,
  questionnaireHref,
}: {
  result: ClassificationResult;
  /** The run's answers: the deciding questions are the ones the questionnaire lists for them. */
  answers: TSystemProfile;
  questionnaireHref?: string;
}) {
  const { deciding } = openQuestionsOf(answers, result);
  const clashes = result.contradictions?.length ?? 0;
  return (
    <div className="space-y-2 px-5 py-4 text-sm text-slate-800" data-testid="review-not-yet">
      <p className="font-medium text-slate-900">Not ready for legal review: the result is not determined yet.</p>
      <p>
        {[
          clashes > 0 &&
            `${clashes === 1 ? "Two answers contradict each other" : `${clashes} sets of answers contradict each other`}.`,
          deciding.length > 0 &&
            `${countPhrase(deciding.length, "question")} that ${verbFor(deciding.length, "decide")} the tier, a role or the scope ${verbFor(deciding.length, "are")} open.`,
          "Settle them in the questionnaire and store a new run; then it can be confirmed, marked for review or overridden here.",
        ]
          .filter(Boolean)
          .join(" ")}
      </p>
      <OpenQuestionsList questions={deciding} questionnaireHref={questionnaireHref} empty="" />
    </div>
  );
}
