import Link from "next/link";
import { CheckCircle2, Circle } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { countPhrase } from "@/lib/plural";

export type NextStepsCounts = {
  /** Open (not started or in progress) obligations that still apply. */
  open: number;
  withoutOwner: number;
  withoutDueDate: number;
  withoutEvidence: number;
};

type Step = { done: boolean; title: string; detail: string; href: string; action: string };

// After a stored result the officer's next work is on the obligations, in this order: who does each duty and by
// when, then the evidence that it was done. Each step says how much is left and links straight to it.
export function NextSteps({ systemId, counts }: { systemId: string; counts: NextStepsCounts }) {
  if (counts.open === 0) return null;
  const base = `/systems/${systemId}`;
  const unplanned = Math.max(counts.withoutOwner, counts.withoutDueDate);
  const steps: Step[] = [
    {
      done: unplanned === 0,
      title: "Assign owners and due dates",
      detail:
        unplanned === 0
          ? "Every open obligation has an owner and a due date."
          : `${[
              counts.withoutOwner && `${countPhrase(counts.withoutOwner, "open obligation")} without an owner`,
              counts.withoutDueDate && `${countPhrase(counts.withoutDueDate, "open obligation")} without a due date`,
            ]
              .filter(Boolean)
              .join(", ")}. Set them for many at once.`,
      href: `${base}/obligations?open=plan#plan`,
      action: "Assign owners and due dates",
    },
    {
      done: counts.withoutEvidence === 0,
      title: "Attach evidence",
      detail:
        counts.withoutEvidence === 0
          ? "Every open obligation has evidence attached."
          : `${countPhrase(counts.withoutEvidence, "open obligation")} without evidence. Upload files or links as the work is done.`,
      href: `${base}/evidence`,
      action: "Go to evidence",
    },
  ];
  return (
    <Card aria-label="Next steps">
      <CardHeader title="Next steps" description="What this result asks of you now." />
      <CardBody>
        <ol className="space-y-3">
          {steps.map((s) => (
            <li key={s.title} className="flex items-start gap-3 text-sm">
              {s.done ? (
                <CheckCircle2 aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0 text-emerald-700" />
              ) : (
                <Circle aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0 text-slate-400" />
              )}
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {s.title}
                  {s.done && <span className="sr-only"> (done)</span>}
                </p>
                <p className="text-slate-600">{s.detail}</p>
                {!s.done && (
                  <Link
                    href={s.href}
                    className="mt-1 inline-block font-medium text-indigo-700 underline underline-offset-2"
                  >
                    {s.action}
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ol>
      </CardBody>
    </Card>
  );
}
