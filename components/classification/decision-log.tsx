import type { ReviewDecisionDTO } from "@/lib/dal/classification/reviews";
import { TIER_DISPLAY } from "@/lib/validations/system-fields";
import { formatDateTime } from "@/lib/utils";

const WORDS: Record<ReviewDecisionDTO["decision"], string> = {
  CONFIRMED: "confirmed the classification",
  REQUIRES_REVIEW: "marked it as requiring review",
  OVERRIDDEN: "overrode the tier",
};

// Signed legal decisions (who, when, what, why), newest first; they are never edited.
export function DecisionLog({ decisions }: { decisions: ReviewDecisionDTO[] }) {
  if (decisions.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">No legal decisions yet.</p>;
  return (
    <ol className="divide-y divide-slate-100" data-testid="decision-log">
      {decisions.map((d) => (
        <li key={d.id} className="px-5 py-3 text-sm">
          <p>
            <span className="font-medium text-slate-900">{d.decidedByName}</span>{" "}
            <span className="text-slate-700">
              {WORDS[d.decision]}
              {d.overrideTier ? ` to ${TIER_DISPLAY[d.overrideTier]}` : ""} (run {d.runSequence})
            </span>
          </p>
          <p className="text-xs text-slate-600">
            <time dateTime={d.decidedAt.toISOString()}>{formatDateTime(d.decidedAt)}</time>
          </p>
          {d.justification && <p className="mt-1 whitespace-pre-line text-slate-800">“{d.justification}”</p>}
          {d.openQuestions.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-slate-800">
              {d.openQuestions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
