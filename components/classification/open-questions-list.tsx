import { QUESTIONS_BY_PROMPT_ID, type OpenQuestion } from "./question-lookup";

type Props = { questions: readonly OpenQuestion[]; onGoTo?: (questionId: string) => void; questionnaireHref?: string };

// What the engine is unsure about and which answer would settle it: disputed points and unconfirmed claims first,
// then the unanswered questions as a compact list (in the wizard, each one jumps to its question).
export function OpenQuestionsList({ questions, onGoTo, questionnaireHref }: Props) {
  if (questions.length === 0) return <p className="text-sm text-slate-600">Nothing open: every question the result depends on is answered.</p>;
  const unanswered = questions.filter((q) => q.questionId);
  const points = questions.filter((q) => !q.questionId);
  return (
    <div className="space-y-3">
      {points.length > 0 && (
        <ul className="space-y-2">
          {points.map((q) => (
            <li key={q.text} className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
              <p>{q.text}</p>
              <p className="mt-1 text-xs text-sky-900"><cite className="not-italic">{q.citation}</cite></p>
            </li>
          ))}
        </ul>
      )}
      {unanswered.length > 0 && (
        <div>
          <p className="text-sm font-medium text-slate-800">
            {unanswered.length} unanswered question{unanswered.length === 1 ? "" : "s"} the result depends on
            {questionnaireHref && <> · <a href={questionnaireHref} className="text-indigo-800 underline hover:text-indigo-950">answer them in the questionnaire</a></>}
          </p>
          <ul className="mt-1 divide-y divide-slate-100 text-sm">
            {unanswered.map((q) => {
              const prompt = QUESTIONS_BY_PROMPT_ID.get(q.questionId!) ?? q.text;
              return (
                <li key={q.questionId} className="flex flex-wrap items-baseline justify-between gap-x-3 py-1.5">
                  <span className="min-w-0 flex-1 text-slate-800">
                    {prompt}
                    {q.text !== prompt && <span className="block text-xs text-slate-600">{q.text}</span>}
                    <span className="ml-1 text-xs text-slate-600">({q.citation})</span>
                  </span>
                  {onGoTo && (
                    <button type="button" onClick={() => onGoTo(q.questionId!)} className="text-xs font-medium text-indigo-800 underline hover:text-indigo-950 focus-visible:outline-2 focus-visible:outline-indigo-600">
                      Answer<span className="sr-only">: {prompt}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
