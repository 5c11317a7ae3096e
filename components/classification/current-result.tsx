import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { CurrentRunDTO } from "@/lib/dal/classification/run-history";
import type { ReviewDecisionDTO } from "@/lib/dal/classification/reviews";
import { isUndetermined } from "@/lib/classification/result-status";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { TIER_DISPLAY } from "@/lib/validations/system-fields";
import { FindingsList } from "./findings-list";
import { ObligationsSummary } from "./obligations-summary";
import { ResultOverview } from "./result-overview";
import { ResultQuestionCards } from "./result-question-cards";
import { UndeterminedSummary } from "./undetermined-summary";

type Props = {
  systemId: string;
  run: CurrentRunDTO;
  latestDecision: ReviewDecisionDTO | null;
  actions?: ReactNode;
  canAnswer?: boolean;
};

// The current classification in full: result, what is still open (by kind), obligations, findings with citations.
export function CurrentResult({ systemId, run, latestDecision, actions, canAnswer = false }: Props) {
  const t = useTranslations("ClassificationCurrent");
  const locale = useLocale();
  const { result } = run;
  const override = latestDecision?.decision === "OVERRIDDEN" ? latestDecision : null;
  const legalQuestions = latestDecision?.decision === "REQUIRES_REVIEW" ? latestDecision : null;
  const note = override?.overrideTier && (
    <Badge tone="violet">{t("overridden", { tier: TIER_DISPLAY[override.overrideTier] })}</Badge>
  );
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title={t("title")}
          description={t("description", {
            sequence: run.sequence,
            stored: formatDateTimeIn(locale, run.createdAt),
            name: run.createdByName ?? t("formerMember"),
            ruleSet: run.ruleSetId,
            asOf: result.asOf,
          })}
          actions={actions}
        />
        <CardBody className="space-y-3">
          {isUndetermined(result) && <UndeterminedSummary result={result} />}
          <ResultOverview result={result} tierNote={note} review={run.review} />
          {override && (
            <p className="rounded-md bg-violet-50 px-3 py-2 text-sm text-violet-950">
              {t("overrideNote", {
                name: override.decidedByName,
                date: formatDateTimeIn(locale, override.decidedAt),
                justification: override.justification,
              })}
            </p>
          )}
        </CardBody>
      </Card>
      <ResultQuestionCards
        result={result}
        answers={run.answers}
        legalQuestions={legalQuestions}
        reviewedBy={run.review.decided ? latestDecision : null}
        questionnaireHref={canAnswer ? `/systems/${systemId}/classify` : undefined}
      />
      <Card>
        <CardHeader
          title={t("obligationsTitle")}
          description={isUndetermined(result) ? t("obligationsSoFar") : t("obligationsDerived")}
          actions={
            <ButtonLink href={`/systems/${systemId}/obligations`} variant="ghost">
              {t("workChecklist")}
            </ButtonLink>
          }
        />
        <CardBody>
          <ObligationsSummary result={result} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title={t("findingsTitle", { count: result.findings.length })}
          description={t("findingsDescription")}
        />
        <CardBody className="py-1">
          <FindingsList findings={result.findings} />
        </CardBody>
      </Card>
    </div>
  );
}
