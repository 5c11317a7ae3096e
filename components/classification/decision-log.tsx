import { useLocale, useTranslations } from "next-intl";
import type { ReviewDecisionDTO } from "@/lib/dal/classification/reviews";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { useSystemBadgeLabels } from "@/components/system-badges";

const KEYS = {
  CONFIRMED: "decidedConfirmed",
  REQUIRES_REVIEW: "decidedRequiresReview",
  OVERRIDDEN: "decidedOverridden",
} as const satisfies Record<ReviewDecisionDTO["decision"], string>;

// Signed legal decisions (who, when, what, why), newest first; they are never edited.
export function DecisionLog({ decisions }: { decisions: ReviewDecisionDTO[] }) {
  const t = useTranslations("ClassificationReview");
  const locale = useLocale();
  const labels = useSystemBadgeLabels();
  if (decisions.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noDecisions")}</p>;
  return (
    <ol className="divide-y divide-slate-100" data-testid="decision-log">
      {decisions.map((d) => (
        <li key={d.id} className="px-5 py-3 text-sm">
          <p>
            <span className="font-medium text-slate-900">{d.decidedByName}</span>{" "}
            <span className="text-slate-700">
              {d.overrideTier
                ? t("decidedOverriddenTo", { tier: labels.tier(d.overrideTier), sequence: d.runSequence })
                : t(KEYS[d.decision], { sequence: d.runSequence })}
            </span>
          </p>
          <p className="text-xs text-slate-600">
            <time dateTime={d.decidedAt.toISOString()}>{formatDateTimeIn(locale, d.decidedAt)}</time>
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
