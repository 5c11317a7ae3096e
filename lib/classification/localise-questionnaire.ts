import type { Question } from "@/lib/rules";
import type { StepProgress } from "./progress";

/** Turns a questionnaire text into the person's language; a text without a translation stays English. */
export type Translate = (english: string) => string;

// The answers, the step ids and the engine keep the English question as it is: only what is shown is translated, so
// a German answer is stored, checked and classified exactly as an English one. The live result's lists (open
// questions, contradictions) are the engine's and translate themselves with ruleText (components/classification).
export function translatorFor(catalogue: Readonly<Record<string, string>>): Translate {
  return (english) => catalogue[english] ?? english;
}

export function localiseQuestion(q: Question, tr: Translate): Question {
  return {
    ...q,
    prompt: tr(q.prompt),
    help: tr(q.help),
    whoCanAnswer: tr(q.whoCanAnswer),
    ...(q.options && { options: q.options.map((o) => ({ value: o.value, label: tr(o.label) })) }),
  };
}

export function localiseSteps(steps: StepProgress[], tr: Translate): StepProgress[] {
  return steps.map((s) => ({ ...s, title: tr(s.title) }));
}
