import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { CurrentRunDTO } from "@/lib/dal/classification/run-history";
import type { ReviewDecisionDTO } from "@/lib/dal/classification/reviews";
import { isUndetermined } from "@/lib/classification/result-status";
import { formatDateTime } from "@/lib/utils";
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
  const { result } = run;
  const override = latestDecision?.decision === "OVERRIDDEN" ? latestDecision : null;
  const legalQuestions = latestDecision?.decision === "REQUIRES_REVIEW" ? latestDecision : null;
  const note = override?.overrideTier && (
    <Badge tone="violet">Overridden by legal: {TIER_DISPLAY[override.overrideTier]}</Badge>
  );
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Current result"
          description={`Run ${run.sequence}, stored ${formatDateTime(run.createdAt)} by ${run.createdByName ?? "a former member"} · rule set ${run.ruleSetId}, as of ${result.asOf}`}
          actions={actions}
        />
        <CardBody className="space-y-3">
          {isUndetermined(result) && <UndeterminedSummary result={result} />}
          <ResultOverview result={result} tierNote={note} review={run.review} />
          {override && (
            <p className="rounded-md bg-violet-50 px-3 py-2 text-sm text-violet-950">
              {override.decidedByName} overrode the engine’s tier on {formatDateTime(override.decidedAt)}: “
              {override.justification}”. Obligations still follow the engine’s result; change the answers if the facts
              differ.
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
          title="Obligations"
          description={
            isUndetermined(result)
              ? "On the answers so far: the questions that decide the result may add more."
              : "Derived from tier and role, with the date each applies from."
          }
          actions={
            <ButtonLink href={`/systems/${systemId}/obligations`} variant="ghost">
              Work the checklist
            </ButtonLink>
          }
        />
        <CardBody>
          <ObligationsSummary result={result} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title={`Findings (${result.findings.length})`}
          description="Each step of the assessment with its reason and the article behind it."
        />
        <CardBody className="py-1">
          <FindingsList findings={result.findings} />
        </CardBody>
      </Card>
    </div>
  );
}
