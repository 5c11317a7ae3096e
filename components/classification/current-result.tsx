import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { CurrentRunDTO } from "@/lib/dal/classification";
import type { ReviewDecisionDTO } from "@/lib/dal/reviews";
import { formatDateTime } from "@/lib/utils";
import { TIER_DISPLAY } from "@/lib/validations/system-fields";
import { FindingsList } from "./findings-list";
import { ObligationsSummary } from "./obligations-summary";
import { OpenQuestionsList } from "./open-questions-list";
import { ResultOverview } from "./result-overview";

type Props = { systemId: string; run: CurrentRunDTO; latestDecision: ReviewDecisionDTO | null; actions?: ReactNode };

// The current classification in full: result, open questions, findings with reasons and citations, obligations.
export function CurrentResult({ systemId, run, latestDecision, actions }: Props) {
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
          <ResultOverview result={result} tierNote={note} />
          {override && (
            <p className="rounded-md bg-violet-50 px-3 py-2 text-sm text-violet-950">
              {override.decidedByName} overrode the engine’s tier on {formatDateTime(override.decidedAt)}: “{override.justification}”.
              Obligations still follow the engine’s result; change the answers if the facts differ.
            </p>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={`Open questions (${result.openQuestions.length})`} description="What is uncertain, and which answer would settle it." />
        <CardBody className="space-y-3">
          {legalQuestions && (
            <div className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-950">
              <p className="font-medium">Legal review asks ({legalQuestions.decidedByName}, {formatDateTime(legalQuestions.decidedAt)}):</p>
              <ul className="mt-1 list-disc pl-5">{legalQuestions.openQuestions.map((q) => <li key={q}>{q}</li>)}</ul>
            </div>
          )}
          <OpenQuestionsList questions={result.openQuestions} questionnaireHref={`/systems/${systemId}/classify`} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Obligations" description="Derived from tier and role, with the date each applies from." actions={<ButtonLink href={`/systems/${systemId}/obligations`} variant="ghost">Work the checklist</ButtonLink>} />
        <CardBody><ObligationsSummary result={result} /></CardBody>
      </Card>
      <Card>
        <CardHeader title={`Findings (${result.findings.length})`} description="Each step of the assessment with its reason and the article behind it." />
        <CardBody className="py-1"><FindingsList findings={result.findings} /></CardBody>
      </Card>
    </div>
  );
}
