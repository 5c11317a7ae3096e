"use client";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

import type { StepProgress } from "@/lib/classification/progress";

export type Step = StepProgress;

// Progress through the questionnaire: a bar and the list of steps, each with how much of it is answered.
export function StepNav({
  steps,
  current,
  onSelect,
}: {
  steps: Step[];
  current: number;
  onSelect: (index: number) => void;
}) {
  const total = steps.reduce((n, s) => n + s.total, 0);
  const answered = steps.reduce((n, s) => n + s.answered, 0);
  const percent = total ? Math.round((answered / total) * 100) : 0;
  const t = useTranslations("QuestionnaireSteps");
  return (
    <nav aria-label={t("label")} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between text-sm">
        <p className="font-medium text-slate-900">{t("stepOf", { current: current + 1, total: steps.length })}</p>
        <p className="text-slate-600">{t("answeredOf", { answered, total })}</p>
      </div>
      <div
        role="progressbar"
        aria-label={t("progress")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-indigo-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <ol className="mt-3 flex flex-wrap gap-1.5">
        {steps.map((s, i) => {
          const done = s.answered === s.total;
          return (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => onSelect(i)}
                aria-current={i === current ? "step" : undefined}
                className={cn(
                  "rounded-full border px-3 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
                  i === current
                    ? "border-indigo-700 bg-indigo-700 text-white"
                    : done
                      ? "border-emerald-300 bg-emerald-50 text-emerald-900"
                      : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
                )}
              >
                {i + 1}. {s.title}{" "}
                <span className={i === current ? "text-indigo-100" : "text-slate-600"}>
                  ({s.answered}/{s.total}
                  {s.notSure ? t("notSure", { count: s.notSure }) : ""})
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
