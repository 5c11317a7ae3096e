"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ContradictionsList } from "@/components/classification/contradictions-list";
import { FindingsList } from "@/components/classification/findings-list";
import { ObligationsSummary } from "@/components/classification/obligations-summary";
import { OpenQuestionsList } from "@/components/classification/open-questions-list";
import { RemovalsList } from "@/components/classification/removals-list";
import { ResultNotes } from "@/components/classification/result-notes";
import { ResultOverview } from "@/components/classification/result-overview";
import { ReviewPoints } from "@/components/classification/review-points";
import { UndeterminedSummary } from "@/components/classification/undetermined-summary";
import type { QuestionnaireProgress } from "@/lib/classification/progress";
import { isUndetermined, openPoints } from "@/lib/classification/result-status";
import type { ClassificationResult } from "@/lib/rules";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-2 text-sm font-semibold text-slate-900">
        {title}
      </h3>
      {children}
    </section>
  );
}

// The engine's result for the answers so far, recomputed in the browser on every change. While a deciding question
// is open it says "Not determined yet" with the highest tier still possible, from the first step on.
// The open questions come from the same progress as the step bar, so the counts here and there agree.
export function LiveResultPanel({
  result,
  progress,
  onGoTo,
}: {
  result: ClassificationResult;
  progress: Pick<QuestionnaireProgress, "deciding" | "completing">;
  onGoTo: (questionId: string) => void;
}) {
  const decisive = result.findings.filter((f) => f.outcome === "applies" || f.outcome === "review");
  const { contradictions, removals, notes, lawyerCount: lawyer } = openPoints(result);
  const { deciding, completing } = progress;
  const t = useTranslations("QuestionnaireLiveResult");
  return (
    // Focusable because it scrolls on its own on large screens: keyboard users must be able to scroll it too.
    <aside
      aria-labelledby="live-result-title"
      tabIndex={0}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
    >
      <div>
        <h2 id="live-result-title" className="text-base font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="text-xs text-slate-600">{t("updates", { ruleSet: result.ruleSet.id, asOf: result.asOf })}</p>
      </div>
      <div aria-live="polite" data-testid="live-result" className="space-y-3">
        {isUndetermined(result) && <UndeterminedSummary result={result} />}
        <ResultOverview result={result} />
      </div>
      {contradictions.length > 0 && (
        <Section id="live-contradictions-title" title={t("contradictions", { count: contradictions.length })}>
          <ContradictionsList contradictions={contradictions} onGoTo={onGoTo} />
        </Section>
      )}
      {deciding.length > 0 && (
        <Section id="live-deciding-title" title={t("deciding", { count: deciding.length })}>
          <OpenQuestionsList questions={deciding} onGoTo={onGoTo} empty="" />
        </Section>
      )}
      <Section id="live-open-title" title={t("completing", { count: completing.length })}>
        <OpenQuestionsList questions={completing} onGoTo={onGoTo} empty={t("noneOpen")} />
      </Section>
      {lawyer > 0 && (
        <Section id="live-lawyer-title" title={t("lawyer")}>
          <ReviewPoints result={result} />
        </Section>
      )}
      {removals.length > 0 && (
        <Section id="live-removals-title" title={t("removals")}>
          <RemovalsList removals={removals} onGoTo={onGoTo} />
        </Section>
      )}
      {notes.length > 0 && (
        <Section id="live-notes-title" title={t("notes")}>
          <ResultNotes notes={notes} />
        </Section>
      )}
      <Section id="live-obligations-title" title={isUndetermined(result) ? t("obligationsSoFar") : t("obligations")}>
        <ObligationsSummary result={result} compact />
      </Section>
      <section aria-labelledby="live-findings-title">
        <h3 id="live-findings-title" className="text-sm font-semibold text-slate-900">
          {t("why", { count: decisive.length })}
        </h3>
        <FindingsList findings={decisive} compact />
      </section>
    </aside>
  );
}
