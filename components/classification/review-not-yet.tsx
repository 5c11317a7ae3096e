import { useTranslations } from "next-intl";
import { openQuestionsOf } from "@/lib/classification/progress";
import type { ClassificationResult, TSystemProfile } from "@/lib/rules";
import { OpenQuestionsList } from "./open-questions-list";

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
  const t = useTranslations("ClassificationReview");
  const { deciding } = openQuestionsOf(answers, result);
  const clashes = result.contradictions?.length ?? 0;
  return (
    <div className="space-y-2 px-5 py-4 text-sm text-slate-800" data-testid="review-not-yet">
      <p className="font-medium text-slate-900">{t("notReady")}</p>
      <p>
        {[
          clashes > 0 && (clashes === 1 ? t("clashOne") : t("clashMany", { count: clashes })),
          deciding.length > 0 && t("decidingOpen", { count: deciding.length }),
          t("settle"),
        ]
          .filter(Boolean)
          .join(" ")}
      </p>
      <OpenQuestionsList questions={deciding} questionnaireHref={questionnaireHref} empty="" />
    </div>
  );
}
