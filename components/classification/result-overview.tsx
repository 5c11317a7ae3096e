import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { isUndetermined, possibleTierOf } from "@/lib/classification/result-status";
import type { ReviewState } from "@/lib/classification/review-state";
import type { ClassificationResult } from "@/lib/rules";
import { EngineTierBadge } from "./engine-tier-badge";
import { useResultWords } from "./result-words";

// Tier (or, while not determined, the highest tier still possible), scope, roles, disposition and stacked facets.
type Props = {
  result: ClassificationResult;
  tierNote?: React.ReactNode;
  /** A stored run's state after legal's decisions (lib/classification/review-state.ts); the live panel has none. */
  review?: Pick<ReviewState, "disposition" | "decided">;
};

export function ResultOverview({ result, tierNote, review }: Props) {
  const t = useTranslations("ResultLabels");
  const words = useResultWords();
  const facets = words.facets(result);
  const undetermined = isUndetermined(result);
  const needsReview = review ? review.disposition === "REQUIRES_REVIEW" : result.disposition === "requires_review";
  return (
    <dl className="space-y-3 text-sm">
      {/* While not determined, the summary above names what it could be; a tier row would only repeat it. */}
      {(!undetermined || tierNote) && (
        <div>
          <dt className="text-slate-600">{t("tier")}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2">
            {undetermined ? (
              // The engine's tier is only a floor here: show what it could still be, never the floor alone.
              <>
                <Badge tone="amber">{t("notDetermined")}</Badge>
                <span className="text-slate-700">{t("couldBe")}</span>
                <EngineTierBadge tier={possibleTierOf(result)} />
              </>
            ) : (
              <>
                <EngineTierBadge tier={result.tier} />
                {needsReview ? (
                  <Badge tone="blue">{t("requiresReview")}</Badge>
                ) : (
                  <Badge tone="green">{review?.decided ? t("finalReviewed") : t("final")}</Badge>
                )}
              </>
            )}
            {tierNote}
          </dd>
        </div>
      )}
      <div>
        <dt className="text-slate-600">{t("scope")}</dt>
        <dd className="text-slate-900">{words.scope(result.inScope)}</dd>
      </div>
      <div>
        <dt className="text-slate-600">{t("yourRoles", { count: result.roles.length })}</dt>
        <dd className="text-slate-900">{words.roles(result.roles)}</dd>
      </div>
      <div>
        <dt className="text-slate-600">{t("onTop")}</dt>
        <dd>
          {facets.length === 0 ? (
            <span className="text-slate-900">{undetermined ? t("nothingYet") : t("nothingBeyond")}</span>
          ) : (
            <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-900">
              {facets.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
