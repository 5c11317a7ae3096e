"use client";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("QuestionnaireField");
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
          <span className="font-medium text-slate-700">{t("article")}</span> {q.citation}
        </p>
      </div>
      {(hint || fromIntake) && (
        <p className="mt-2 rounded bg-indigo-50 px-2 py-1 text-xs text-indigo-900">
          {fromIntake && value !== undefined ? `${t("prefilled")} ` : ""}
          {hint}
        </p>
      )}
      <div className="mt-3">
        <QuestionControl question={q} value={value} notSure={notSure} onChange={onChange} onNotSure={onNotSure} />
      </div>
      {notSure && (
        <p id={whoId} className="mt-2 rounded border border-amber-200 bg-amber-50 px-2 py-1.5 text-xs text-amber-950">
          <span className="font-semibold">{t("whoCanAnswer")}</span> {q.whoCanAnswer} {t("untilAnswered")}
        </p>
      )}
      {(value !== undefined || notSure) && (
        <button
          type="button"
          onClick={() => onChange(undefined)}
          className="mt-2 text-xs font-medium text-slate-600 underline hover:text-slate-900"
        >
          {t("clear")}
          <span className="sr-only">{t("clearWhich", { prompt: q.prompt })}</span>
        </button>
      )}
    </fieldset>
  );
}
