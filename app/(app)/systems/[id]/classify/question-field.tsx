"use client";
import type { Question } from "@/lib/rules";
import { QuestionControl } from "./question-control";

type Props = {
  question: Question;
  value: unknown;
  notSure: boolean;
  fromIntake: boolean;
  hint?: string;
  onChange: (value: unknown) => void;
  onNotSure: () => void;
};

// One questionnaire question as an accessible fieldset: prompt as legend, help and citation linked to the controls.
// A "not sure" answer adds who in the organisation can answer it, read out with the question too.
export function QuestionField({ question: q, value, notSure, fromIntake, hint, onChange, onNotSure }: Props) {
  const id = `q-${q.id}`;
  const helpId = `${id}-help`;
  const whoId = `${id}-who`;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={notSure ? `${helpId} ${whoId}` : helpId}
      className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-4 focus:outline-2 focus:outline-indigo-600"
    >
      <legend className="float-left w-full text-sm font-semibold text-slate-900">{q.prompt}</legend>
      <div id={helpId} className="clear-both pt-1 text-xs text-slate-600">
        <p>{q.help}</p>
        <p className="mt-1">
          <span className="font-medium text-slate-700">Article:</span> {q.citation}
        </p>
      </div>
      {(hint || fromIntake) && (
        <p className="mt-2 rounded bg-indigo-50 px-2 py-1 text-xs text-indigo-900">
          {fromIntake && value !== undefined ? "Pre-filled from the intake. " : ""}
          {hint}
        </p>
      )}
      <div className="mt-3">
        <QuestionControl question={q} value={value} notSure={notSure} onChange={onChange} onNotSure={onNotSure} />
      </div>
      {notSure && (
        <p id={whoId} className="mt-2 rounded border border-amber-200 bg-amber-50 px-2 py-1.5 text-xs text-amber-950">
          <span className="font-semibold">Who can answer this:</span> {q.whoCanAnswer} Until it is answered, the result
          lists it as an open question.
        </p>
      )}
      {(value !== undefined || notSure) && (
        <button
          type="button"
          onClick={() => onChange(undefined)}
          className="mt-2 text-xs font-medium text-slate-600 underline hover:text-slate-900"
        >
          Clear answer<span className="sr-only"> to: {q.prompt}</span>
        </button>
      )}
    </fieldset>
  );
}
