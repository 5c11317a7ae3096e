import { OpenQuestionItem, type GoTo } from "./open-question-item";
import type { OpenQuestion } from "./question-lookup";

type Props = GoTo & { questions: readonly OpenQuestion[]; empty: string };

// Open questionnaire questions, each with a way to answer it (in the wizard it jumps to the question).
export function OpenQuestionsList({ questions, empty, ...goTo }: Props) {
  if (questions.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {questions.map((q) => (
        <OpenQuestionItem key={q.questionId} question={q} {...goTo} />
      ))}
    </ul>
  );
}
