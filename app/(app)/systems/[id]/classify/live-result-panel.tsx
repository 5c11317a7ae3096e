"use client";
import { FindingsList } from "@/components/classification/findings-list";
import { ObligationsSummary } from "@/components/classification/obligations-summary";
import { OpenQuestionsList } from "@/components/classification/open-questions-list";
import { ResultOverview } from "@/components/classification/result-overview";
import type { ClassificationResult } from "@/lib/rules";

// The engine's result for the answers so far, recomputed in the browser on every change.
export function LiveResultPanel({ result, onGoTo }: { result: ClassificationResult; onGoTo: (questionId: string) => void }) {
  const decisive = result.findings.filter((f) => f.outcome === "applies" || f.outcome === "review");
  return (
    // Focusable because it scrolls on its own on large screens: keyboard users must be able to scroll it too.
    <aside aria-labelledby="live-result-title" tabIndex={0} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
      <div>
        <h2 id="live-result-title" className="text-base font-semibold text-slate-900">Live result</h2>
        <p className="text-xs text-slate-600">Updates as you answer. Rule set {result.ruleSet.id}, as of {result.asOf}.</p>
      </div>
      <div aria-live="polite" data-testid="live-result">
        <ResultOverview result={result} />
      </div>
      <section aria-labelledby="live-open-title">
        <h3 id="live-open-title" className="mb-2 text-sm font-semibold text-slate-900">Open questions ({result.openQuestions.length})</h3>
        <OpenQuestionsList questions={result.openQuestions} onGoTo={onGoTo} />
      </section>
      <section aria-labelledby="live-obligations-title">
        <h3 id="live-obligations-title" className="mb-2 text-sm font-semibold text-slate-900">Obligations</h3>
        <ObligationsSummary result={result} compact />
      </section>
      <section aria-labelledby="live-findings-title">
        <h3 id="live-findings-title" className="text-sm font-semibold text-slate-900">Why ({decisive.length} decisive findings)</h3>
        <FindingsList findings={decisive} compact />
      </section>
    </aside>
  );
}
