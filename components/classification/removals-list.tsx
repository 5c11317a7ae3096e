import { useTranslations } from "next-intl";
import type { ClassificationResult } from "@/lib/rules";
import { AnswerLink, type GoTo } from "./open-question-item";
import { QUESTIONS_BY_PROMPT_ID } from "./question-lookup";
import { useResultWords } from "./result-words";

// Answers that take obligations away (legacy system, Art 6(3) derogation, exclusions): the loss is shown, never silent.
export function RemovalsList({ removals, ...goTo }: GoTo & { removals: ClassificationResult["removals"] }) {
  const t = useTranslations("ResultLabels");
  const { tr, roleInSentence, quoted } = useResultWords();
  if (removals.length === 0) return <p className="text-sm text-slate-600">{t("noRemovals")}</p>;
  return (
    <ul className="space-y-3">
      {removals.map((r) => (
        <li key={r.code} className="rounded-md border border-amber-200 bg-amber-50/60 px-3 py-2 text-sm text-slate-900">
          <p>
            {tr(r.text)} <cite className="text-xs not-italic text-slate-700">({r.citation})</cite>
          </p>
          <p className="mt-1 text-xs text-slate-700">
            {t("becauseOf")}{" "}
            {r.questionIds.map((id, i) => (
              <span key={id}>
                {i > 0 && ", "}
                {quoted(tr(QUESTIONS_BY_PROMPT_ID.get(id) ?? id))}{" "}
                <AnswerLink questionId={id} prompt={tr(QUESTIONS_BY_PROMPT_ID.get(id) ?? id)} {...goTo} />
              </span>
            ))}
          </p>
          <p className="mt-1 text-xs font-medium text-slate-800">{t("removedCount", { count: r.removed.length })}</p>
          <ul className="list-disc pl-5 text-xs text-slate-800">
            {r.removed.map((o) => (
              <li key={`${o.code}|${o.role}`}>
                {tr(o.title)} <span className="text-slate-600">({roleInSentence(o.role)})</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
