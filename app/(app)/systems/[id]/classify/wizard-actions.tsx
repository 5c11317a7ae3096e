"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type Status = { tone: "success" | "error" | "info"; text: string } | null;

type Props = {
  index: number;
  last: number;
  pending: boolean;
  missing: number;
  notSure: number;
  contradictions: number;
  status: Status;
  onStep: (index: number) => void;
  onSave: () => void;
  onComplete: () => void;
};

// Step buttons, save and complete, with the reason a run cannot be completed (and any error) right beside them.
export function WizardActions({
  index,
  last,
  pending,
  missing,
  notSure,
  contradictions,
  status,
  onStep,
  onSave,
  onComplete,
}: Props) {
  const blockedId = "complete-blocked";
  const t = useTranslations("QuestionnaireActions");
  // Completing with questions open is allowed (the result is stored as "Not determined yet"), but it is not the
  // obvious next step until every applicable question has an answer.
  const ready = missing === 0 && notSure === 0 && contradictions === 0;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex gap-2">
          <Button type="button" variant="secondary" disabled={index === 0} onClick={() => onStep(index - 1)}>
            {t("previous")}
          </Button>
          {index < last && (
            <Button type="button" variant={ready ? "secondary" : "primary"} onClick={() => onStep(index + 1)}>
              {t("next")}
            </Button>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="button" variant="ghost" disabled={pending} onClick={onSave}>
            {t("save")}
          </Button>
          <Button
            type="button"
            variant={ready ? "primary" : "secondary"}
            disabled={pending || contradictions > 0}
            aria-describedby={contradictions > 0 ? blockedId : undefined}
            onClick={onComplete}
          >
            {t("complete")}
          </Button>
        </div>
      </div>
      {contradictions > 0 && (
        <p id={blockedId} className="text-sm font-medium text-red-800">
          {t("contradictions", { count: contradictions })}
        </p>
      )}
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      {(missing > 0 || notSure > 0) && (
        <p className="text-xs text-slate-600">
          {t("openSummary", {
            summary: [
              missing > 0 && t("unanswered", { count: missing }),
              notSure > 0 && t("notSure", { count: notSure }),
            ]
              .filter(Boolean)
              .join("; "),
          })}
        </p>
      )}
    </div>
  );
}
