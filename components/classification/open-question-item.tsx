import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { QUESTIONS_BY_PROMPT_ID, type OpenQuestion } from "./question-lookup";
import { useResultWords } from "./result-words";

export type GoTo = { onGoTo?: (questionId: string) => void; questionnaireHref?: string };

const link =
  "shrink-0 text-xs font-medium text-indigo-800 underline hover:text-indigo-950 focus-visible:outline-2 focus-visible:outline-indigo-600";

// A way to the question: in the wizard it jumps to the question's step; elsewhere it opens the questionnaire there.
export function AnswerLink({
  questionId,
  prompt,
  onGoTo,
  questionnaireHref,
}: GoTo & { questionId: string; prompt: string }) {
  // The visible word starts the accessible name, which names the question too (many "Answer" links sit in one list).
  const t = useTranslations("ResultLabels");
  const name = t("answerName", { prompt });
  if (onGoTo)
    return (
      <button type="button" aria-label={name} onClick={() => onGoTo(questionId)} className={link}>
        {t("answer")}
      </button>
    );
  if (questionnaireHref)
    return (
      <a href={`${questionnaireHref}?question=${questionId}`} aria-label={name} className={link}>
        {t("answer")}
      </a>
    );
  return null;
}

// One open questionnaire question: its prompt, what its answer can change, and who can answer it when "not sure".
export function OpenQuestionItem({ question: q, ...goTo }: GoTo & { question: OpenQuestion }) {
  const t = useTranslations("ResultLabels");
  const { tr, decides: decidesText } = useResultWords();
  const questionPrompt = QUESTIONS_BY_PROMPT_ID.get(q.questionId!);
  // The rule set keeps its prompts in English; the reader gets them from the questionnaire catalogue.
  const prompt = tr(questionPrompt ?? q.text);
  const decides = decidesText(q);
  return (
    <li className="py-2 text-sm">
      <div className="flex items-baseline justify-between gap-3">
        <span className="min-w-0 flex-1 text-slate-800">
          {prompt} <span className="text-xs text-slate-600">({q.citation})</span>
        </span>
        <AnswerLink questionId={q.questionId!} prompt={prompt} {...goTo} />
      </div>
      {questionPrompt !== undefined && q.text !== questionPrompt && (
        <p className="text-xs text-slate-600">{tr(q.text)}</p>
      )}
      {(decides || q.notSure) && (
        <p className="mt-1 flex flex-wrap gap-1.5">
          {decides && (
            <Badge tone="orange" className="whitespace-normal">
              {decides}
            </Badge>
          )}
          {q.notSure && <Badge tone="amber">{t("notSure")}</Badge>}
        </p>
      )}
      {q.notSure && q.whoCanAnswer && (
        <p className="mt-1 text-xs text-slate-700">
          <span className="font-medium">{t("whoCanAnswer")}</span> {tr(q.whoCanAnswer)}
        </p>
      )}
    </li>
  );
}
