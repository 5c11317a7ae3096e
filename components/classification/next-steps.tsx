import Link from "next/link";
import { CheckCircle2, Circle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

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
  const t = useTranslations("ClassificationNextSteps");
  if (counts.open === 0) return null;
  const base = `/systems/${systemId}`;
  const unplanned = Math.max(counts.withoutOwner, counts.withoutDueDate);
  const steps: Step[] = [
    {
      done: unplanned === 0,
      title: t("planTitle"),
      detail:
        unplanned === 0
          ? t("planDone")
          : t("planTodo", {
              missing: [
                counts.withoutOwner && t("withoutOwner", { count: counts.withoutOwner }),
                counts.withoutDueDate && t("withoutDueDate", { count: counts.withoutDueDate }),
              ]
                .filter(Boolean)
                .join(", "),
            }),
      href: `${base}/obligations?open=plan#plan`,
      action: t("planTitle"),
    },
    {
      done: counts.withoutEvidence === 0,
      title: t("evidenceTitle"),
      detail: counts.withoutEvidence === 0 ? t("evidenceDone") : t("evidenceTodo", { count: counts.withoutEvidence }),
      href: `${base}/evidence`,
      action: t("evidenceAction"),
    },
  ];
  return (
    <Card aria-label={t("title")}>
      <CardHeader title={t("title")} description={t("description")} />
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
                  {s.done && <span className="sr-only">{t("done")}</span>}
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
