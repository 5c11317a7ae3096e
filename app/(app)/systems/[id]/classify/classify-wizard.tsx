"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { GROUP_OF_QUESTION } from "@/components/classification/question-lookup";
import { localiseQuestion, localiseSteps, translatorFor } from "@/lib/classification/localise-questionnaire";
import { answerQuestion, isNotSure, markNotSure } from "@/lib/classification/not-sure";
import { questionnaireProgress, type StepProgress } from "@/lib/classification/progress";
import { applicableQuestions, type ProfileField, type TSystemProfile } from "@/lib/rules";
import { formatDateTimeIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { completeClassificationAction, saveDraftAction } from "./actions";
import { LiveResultPanel } from "./live-result-panel";
import { QuestionField } from "./question-field";
import { StepNav } from "./step-nav";
import { WizardActions, type Status } from "./wizard-actions";

type Props = {
  systemId: string;
  initialAnswers: TSystemProfile;
  prefilled: ProfileField[];
  hints: Partial<Record<ProfileField, string>>;
  asOf: string;
  /** The questionnaire's texts in the person's language, keyed by the English (empty in English). */
  texts: Readonly<Record<string, string>>;
};

export function ClassifyWizard({ systemId, initialAnswers, prefilled, hints, asOf, texts }: Props) {
  const router = useRouter();
  const t = useTranslations("QuestionnaireWizard");
  const locale = useLocale() as Locale;
  const tr = useMemo(() => translatorFor(texts), [texts]);
  // Everything typed is kept (switching an answer back restores what followed it); only applicable answers are used.
  const [answers, setAnswers] = useState<TSystemProfile>(initialAnswers);
  // The answers as last stored on the server; any change since asks before the page is left.
  const [storedAnswers, setStoredAnswers] = useState<TSystemProfile>(initialAnswers);
  useUnsavedChanges(answers !== storedAnswers);
  // A link from the stored result ("…/classify?question=annex3Areas") opens the questionnaire at that question.
  const linked = useSearchParams().get("question");
  // null: no step chosen yet, so the first applicable one shows.
  const [groupId, setGroupId] = useState<string | null>(() => (linked && GROUP_OF_QUESTION.get(linked)) || null);
  const [status, setStatus] = useState<Status>(null);
  const [pending, startTransition] = useTransition();
  // Moving between steps moves focus too (to the step title or a chosen question), for keyboard and screen readers.
  const focusTarget = useRef<string | null>(linked && GROUP_OF_QUESTION.has(linked) ? `q-${linked}` : null);
  const [focusTick, setFocusTick] = useState(0);
  const focusOn = (id: string) => {
    focusTarget.current = id;
    setFocusTick((n) => n + 1);
  };

  // Applicable answers only; an answer wins over a stale "not sure" (e.g. one the intake has since settled). Every
  // counter on the page (step bar, unanswered line, live result) comes from this one progress.
  const progress = useMemo(() => questionnaireProgress(answers, asOf), [answers, asOf]);
  const { pruned, result } = progress;
  const steps = useMemo(() => localiseSteps(progress.steps, tr), [progress.steps, tr]);
  const applicable = useMemo(() => applicableQuestions(pruned), [pruned]);
  const { step, index } = currentStep(steps, groupId);
  const questions = applicable
    .filter((q) => GROUP_OF_QUESTION.get(q.id) === step.id)
    .map((q) => localiseQuestion(q, tr));

  useEffect(() => {
    if (!focusTarget.current) return;
    const el = document.getElementById(focusTarget.current);
    el?.scrollIntoView({ block: "start" });
    el?.focus();
    focusTarget.current = null;
  }, [focusTick]);

  const goToStep = (i: number) => {
    const target = steps[i];
    if (!target) return;
    setGroupId(target.id);
    focusOn("step-title");
  };
  const goToQuestion = (questionId: string) => {
    setGroupId(GROUP_OF_QUESTION.get(questionId) ?? groupId);
    focusOn(`q-${questionId}`);
  };
  const setAnswer = (id: ProfileField, value: unknown) => {
    setStatus(null);
    setAnswers((prev) => answerQuestion(prev, id, value));
  };
  const setNotSure = (id: ProfileField) => {
    setStatus(null);
    setAnswers((prev) => markNotSure(prev, id));
  };

  const save = () =>
    startTransition(async () => {
      const sent = answers;
      const r = await saveDraftAction({ systemId, answers: pruned }).catch(() => null);
      if (r?.ok) setStoredAnswers(sent);
      if (!r) setStatus({ tone: "error", text: t("unreachable") });
      else
        setStatus(
          r.ok
            ? { tone: "success", text: t("saved", { savedAt: formatDateTimeIn(locale, r.data.savedAt) }) }
            : { tone: "error", text: r.error },
        );
    });
  const complete = () =>
    startTransition(async () => {
      const r = await completeClassificationAction({ systemId, answers: pruned }).catch(() => null);
      if (!r) return setStatus({ tone: "error", text: t("unreachable") });
      if (!r.ok) return setStatus({ tone: "error", text: r.error });
      setStoredAnswers(answers);
      router.push(`/systems/${systemId}/classification`);
      router.refresh();
    });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="space-y-4">
        <StepNav steps={steps} current={index} onSelect={goToStep} />
        <section aria-labelledby="step-title" className="space-y-3">
          <h2
            id="step-title"
            tabIndex={-1}
            className="text-lg font-semibold text-slate-900 focus:outline-2 focus:outline-indigo-600"
          >
            {step.title}
          </h2>
          {questions.map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              value={answers[q.id]}
              notSure={isNotSure(pruned, q.id)}
              hint={hints[q.id]}
              fromIntake={prefilled.includes(q.id)}
              onChange={(v) => setAnswer(q.id, v)}
              onNotSure={() => setNotSure(q.id)}
            />
          ))}
        </section>
        <WizardActions
          index={index}
          last={steps.length - 1}
          pending={pending}
          missing={progress.unanswered}
          notSure={progress.notSure}
          contradictions={(result.contradictions ?? []).length}
          status={status}
          onStep={goToStep}
          onSave={save}
          onComplete={complete}
        />
      </div>
      <LiveResultPanel result={result} progress={progress} onGoTo={goToQuestion} />
    </div>
  );
}

// The chosen step, or the first when the chosen one no longer applies. The first question (what is being classified)
// always applies, so there is always a step.
function currentStep(steps: StepProgress[], groupId: string | null): { step: StepProgress; index: number } {
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === groupId),
  );
  const step = steps[index];
  if (!step) throw new Error("The questionnaire has no applicable question.");
  return { step, index };
}
