import { QUESTIONS_BY_PROMPT_ID, type OpenQuestion } from "./question-lookup";

// What the engine is unsure about and which answer would settle it. In the wizard, a button jumps to the question.
export function OpenQuestionsList({ questions, onGoTo }: { questions: readonly OpenQuestion[]; onGoTo?: (questionId: string) => void }) {
  if (questions.length === 0) return <p className="text-sm text-slate-600">Nothing open: every question the result depends on is answered.</p>;
  return (
    <ul className="space-y-2">
      {questions.map((q, i) => {
        const prompt = q.questionId ? QUESTIONS_BY_PROMPT_ID.get(q.questionId) : undefined;
        return (
          <li key={`${q.questionId ?? "note"}-${i}`} className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
            <p>{q.text}</p>
            {prompt && q.questionId && <p className="mt-1 text-xs">Settled by answering: <q>{prompt}</q></p>}
            <p className="mt-1 text-xs text-sky-900"><cite className="not-italic">{q.citation}</cite></p>
            {onGoTo && q.questionId && (
              <button type="button" onClick={() => onGoTo(q.questionId!)} className="mt-1 text-xs font-medium text-indigo-800 underline hover:text-indigo-950 focus-visible:outline-2 focus-visible:outline-indigo-600">
                Go to this question
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
