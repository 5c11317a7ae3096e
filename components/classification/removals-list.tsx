import { useLocale } from "next-intl";
import { ROLE_LABELS, type ClassificationResult } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import { AnswerLink, type GoTo } from "./open-question-item";
import { QUESTIONS_BY_PROMPT_ID } from "./question-lookup";
import { countPhrase } from "@/lib/plural";

// Answers that take obligations away (legacy system, Art 6(3) derogation, exclusions): the loss is shown, never silent.
export function RemovalsList({ removals, ...goTo }: GoTo & { removals: ClassificationResult["removals"] }) {
  const locale = useLocale();
  // German capitalises nouns, so its role names keep their capital inside a sentence.
  const roleWord = (label: string) =>
    locale === "de" ? ruleText(locale, label) : ruleText(locale, label).toLowerCase();
  if (removals.length === 0) return <p className="text-sm text-slate-600">No answer removes obligations.</p>;
  return (
    <ul className="space-y-3">
      {removals.map((r) => (
        <li key={r.code} className="rounded-md border border-amber-200 bg-amber-50/60 px-3 py-2 text-sm text-slate-900">
          <p>
            {ruleText(locale, r.text)} <cite className="text-xs not-italic text-slate-700">({r.citation})</cite>
          </p>
          <p className="mt-1 text-xs text-slate-700">
            Because of your answer to{" "}
            {r.questionIds.map((id, i) => (
              <span key={id}>
                {i > 0 && ", "}“{QUESTIONS_BY_PROMPT_ID.get(id) ?? id}”{" "}
                <AnswerLink questionId={id} prompt={QUESTIONS_BY_PROMPT_ID.get(id) ?? id} {...goTo} />
              </span>
            ))}
          </p>
          <p className="mt-1 text-xs font-medium text-slate-800">
            {countPhrase(r.removed.length, "obligation")} removed:
          </p>
          <ul className="list-disc pl-5 text-xs text-slate-800">
            {r.removed.map((o) => (
              <li key={`${o.code}|${o.role}`}>
                {ruleText(locale, o.title)} <span className="text-slate-600">({roleWord(ROLE_LABELS[o.role])})</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
