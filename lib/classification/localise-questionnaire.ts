import type { ClassificationResult, OpenQuestion, Question } from "@/lib/rules";
import type { StepProgress } from "./progress";

/** Turns a questionnaire text into the person's language; a text without a translation stays English. */
export type Translate = (english: string) => string;

// The answers, the step ids and the engine keep the English question as it is: only what is shown is translated, so
// a German answer is stored, checked and classified exactly as an English one.
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

// An open question's text is its question's prompt (lib/rules/engine/context.ts), so the questionnaire translates it.
export function localiseOpenQuestions(questions: OpenQuestion[], tr: Translate): OpenQuestion[] {
  return questions.map((q) => ({
    ...q,
    text: tr(q.text),
    ...(q.whoCanAnswer !== undefined && { whoCanAnswer: tr(q.whoCanAnswer) }),
  }));
}

export function localiseContradictions(result: ClassificationResult, tr: Translate): ClassificationResult {
  if (!result.contradictions?.length) return result;
  return { ...result, contradictions: result.contradictions.map((c) => ({ ...c, text: tr(c.text) })) };
}
