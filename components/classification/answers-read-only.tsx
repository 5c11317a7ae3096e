import { getLocale, getTranslations } from "next-intl/server";
import { QUESTIONNAIRE, type TSystemProfile } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";

type Answer = TSystemProfile[keyof TSystemProfile];
type Q = (typeof QUESTIONNAIRE)[number]["questions"][number];
type Words = { yes: string; no: string; none: string; tr: (english: string) => string };

function answerText(q: Q, value: Answer, words: Words): string {
  const label = (v: unknown) => {
    const option = q.options?.find((o) => o.value === v);
    return option ? words.tr(option.label) : String(v);
  };
  if (Array.isArray(value)) return value.length ? value.map(label).join("; ") : words.none;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  return label(value);
}

// The answers a run was made from, as text: what a lawyer confirms when confirming the result. Grouped like the
// questionnaire; questions left open are not listed (the result's open questions name them). The stored answers are
// codes, so they read in the reader's language whoever gave them.
export async function AnswersReadOnly({ answers }: { answers: TSystemProfile }) {
  const [t, locale] = await Promise.all([getTranslations("QuestionnaireAnswers"), getLocale()]);
  const tr = (english: string) => ruleText(locale, english);
  const words: Words = { yes: t("yes"), no: t("no"), none: t("none"), tr };
  const groups = QUESTIONNAIRE.map((g) => ({
    ...g,
    answered: g.questions.filter((q) => answers[q.id] !== undefined && answers[q.id] !== null),
  })).filter((g) => g.answered.length > 0);
  if (groups.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noAnswers")}</p>;
  return (
    // A focusable, named scroll region, so keyboard users can scroll the answers too (axe: scrollable-region-focusable).
    <div
      role="region"
      tabIndex={0}
      aria-label={t("label")}
      className="max-h-[32rem] space-y-4 overflow-y-auto px-5 py-4 text-sm focus-visible:outline-2 focus-visible:outline-indigo-600"
      data-testid="run-answers"
    >
      {groups.map((g) => (
        <section key={g.id} aria-label={tr(g.title)}>
          <h3 className="font-semibold text-slate-900">{tr(g.title)}</h3>
          <dl className="mt-1 space-y-2">
            {g.answered.map((q) => (
              <div key={q.id}>
                <dt className="text-slate-600">{tr(q.prompt)}</dt>
                <dd className="text-slate-900">{answerText(q, answers[q.id], words)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
