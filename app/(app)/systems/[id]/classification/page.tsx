import type { Metadata } from "next";
import { CurrentResult } from "@/components/classification/current-result";
import { NextSteps } from "@/components/classification/next-steps";
import { RunDiff } from "@/components/classification/run-diff";
import { RunHistory, runLabel } from "@/components/classification/run-history";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getClassificationHistory, getRunResults } from "@/lib/dal/classification/run-history";
import { staleReasons } from "@/lib/classification/staleness";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listReviewRequests } from "@/lib/dal/classification/review-requests";
import { listReviewDecisions } from "@/lib/dal/classification/reviews";
import { listSystemObligations } from "@/lib/dal/obligations/obligations";
import { CURRENT_RULE_SET_ID, diffResults } from "@/lib/rules";
import { loadSystem } from "../load-system";
import { RescreenButton } from "./rescreen-button";
import { ReviewAside } from "./review-aside";

export const metadata: Metadata = { title: "Classification" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassificationPage({ params, searchParams }: Props) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [viewer, history, decisions, query, obligations, requests] = await Promise.all([
    getViewer(actor),
    getClassificationHistory(actor, system.id),
    listReviewDecisions(actor, system.id),
    searchParams,
    listSystemObligations(actor, system.id),
    listReviewRequests(actor, system.id),
  ]);
  const canRun = !!viewer.role && can(viewer.role, "classification.run");
  const canReview = !!viewer.role && can(viewer.role, "classification.review");
  const canWork = !!viewer.role && can(viewer.role, "obligation.work");
  const { current, runs } = history;
  const questionnaire = canRun && (
    <ButtonLink href={`/systems/${system.id}/classify`} variant={current ? "secondary" : "primary"}>
      Open questionnaire
    </ButtonLink>
  );
  if (!current) {
    return (
      <Card>
        <CardBody className="py-10 text-center">
          <h2 className="text-base font-semibold text-slate-900">Not classified yet</h2>
          <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600">
            Answer the guided questionnaire to learn whether the AI Act applies, the tier, your role and the
            obligations.
            {!canRun && " A compliance officer or an administrator can start it."}
          </p>
          {questionnaire && <div className="mt-5">{questionnaire}</div>}
        </CardBody>
      </Card>
    );
  }

  const pick = (v: string | string[] | undefined) =>
    typeof v === "string" && runs.some((r) => r.id === v) ? v : undefined;
  const to = pick(query.to) ?? runs[0]?.id;
  const from = pick(query.from) ?? runs[1]?.id;
  const results = from && to ? await getRunResults(actor, system.id, [from, to]) : new Map();
  const fromRun = runs.find((r) => r.id === from);
  const toRun = runs.find((r) => r.id === to);
  const latestDecision = decisions.find((d) => d.runId === current.id) ?? null;
  const staleText = {
    intake_changed: "the intake has changed since this run",
    rule_set_changed: `the law has changed (rule set ${CURRENT_RULE_SET_ID} replaces ${current.ruleSetId})`,
  };
  const stale = staleReasons(current, system.version).map((r) => staleText[r]);

  const openDuties = obligations.filter(
    (o) => !o.obsoleteAt && (o.status === "NOT_STARTED" || o.status === "IN_PROGRESS"),
  );
  return (
    <div className="space-y-6">
      {canWork && (
        <NextSteps
          systemId={system.id}
          counts={{
            open: openDuties.length,
            withoutOwner: openDuties.filter((o) => !o.ownerId).length,
            withoutDueDate: openDuties.filter((o) => !o.dueDate).length,
            withoutEvidence: openDuties.filter((o) => o._count.evidence === 0).length,
          }}
        />
      )}
      {stale.length > 0 && (
        <Alert tone="info" title="This classification may be out of date">
          The result was stored before {stale.join(" and ")}. Re-screen it, or open the questionnaire if answers
          changed.
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <CurrentResult
          systemId={system.id}
          run={current}
          latestDecision={latestDecision}
          canAnswer={canRun}
          actions={
            canRun && (
              <span className="flex flex-wrap items-start gap-2">
                <RescreenButton systemId={system.id} />
                {questionnaire}
              </span>
            )
          }
        />
        <ReviewAside
          systemId={system.id}
          current={current}
          decisions={decisions}
          requests={requests}
          canRun={canRun}
          canReview={canReview}
        />
      </div>
      <Card id="history">
        <CardHeader
          title="History"
          description="Every classification run of this system. Runs are never edited; a re-screen adds one."
        />
        <RunHistory runs={runs} currentRunId={current.id} from={from} to={to} />
        {fromRun && toRun && results.has(from!) && results.has(to!) && (
          <CardBody className="border-t border-slate-200">
            <h3 className="mb-2 text-sm font-semibold text-slate-900">What changed</h3>
            <RunDiff
              diff={diffResults(results.get(from!)!, results.get(to!)!)}
              fromLabel={runLabel(fromRun)}
              toLabel={runLabel(toRun)}
              results={[results.get(from!)!, results.get(to!)!]}
            />
          </CardBody>
        )}
      </Card>
    </div>
  );
}
