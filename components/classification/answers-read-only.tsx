import { QUESTIONNAIRE, type TSystemProfile } from "@/lib/rules";

type Answer = TSystemProfile[keyof TSystemProfile];
type Q = (typeof QUESTIONNAIRE)[number]["questions"][number];

function answerText(q: Q, value: Answer): string {
  const label = (v: unknown) => q.options?.find((o) => o.value === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.length ? value.map(label).join("; ") : "None of these";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return label(value);
}

// The answers a run was made from, as text: what a lawyer confirms when confirming the result. Grouped like the
// questionnaire; questions left open are not listed (the result's open questions name them).
export function AnswersReadOnly({ answers }: { answers: TSystemProfile }) {
  const groups = QUESTIONNAIRE.map((g) => ({
    ...g,
    answered: g.questions.filter((q) => answers[q.id] !== undefined && answers[q.id] !== null),
  })).filter((g) => g.answered.length > 0);
  if (groups.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">No answers stored.</p>;
  return (
    // A focusable, named scroll region, so keyboard users can scroll the answers too (axe: scrollable-region-focusable).
    <div
      role="region"
      tabIndex={0}
      aria-label="Answers the result was made from"
      className="max-h-[32rem] space-y-4 overflow-y-auto px-5 py-4 text-sm focus-visible:outline-2 focus-visible:outline-indigo-600"
      data-testid="run-answers"
    >
      {groups.map((g) => (
        <section key={g.id} aria-label={g.title}>
          <h3 className="font-semibold text-slate-900">{g.title}</h3>
          <dl className="mt-1 space-y-2">
            {g.answered.map((q) => (
              <div key={q.id}>
                <dt className="text-slate-600">{q.prompt}</dt>
                <dd className="text-slate-900">{answerText(q, answers[q.id])}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
