import type { ClassificationResult } from "@/lib/rules";
import { AnswerLink, type GoTo } from "./open-question-item";
import { QUESTIONS_BY_PROMPT_ID } from "./question-lookup";
import { useResultWords } from "./result-words";

// Answers that cannot both be true: each clash names its questions and why; the run cannot be completed until fixed.
export function ContradictionsList({
  contradictions,
  ...goTo
}: GoTo & { contradictions: ClassificationResult["contradictions"] }) {
  const { tr, quoted } = useResultWords();
  return (
    <ul className="space-y-2">
      {contradictions.map((c) => (
        <li key={c.id} className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-950">
          <p>{tr(c.text)}</p>
          <ul className="mt-1 space-y-1">
            {c.questionIds.map((id) => {
              const prompt = tr(QUESTIONS_BY_PROMPT_ID.get(id) ?? id);
              return (
                <li key={id} className="flex items-baseline justify-between gap-3 text-xs">
                  <span className="min-w-0 flex-1">{quoted(prompt)}</span>
                  <AnswerLink questionId={id} prompt={prompt} {...goTo} />
                </li>
              );
            })}
          </ul>
          <p className="mt-1 text-xs">
            <cite className="not-italic">{c.citation}</cite>
          </p>
        </li>
      ))}
    </ul>
  );
}
