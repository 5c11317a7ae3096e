import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CurrentResult } from "@/components/classification/current-result";
import { NextSteps } from "@/components/classification/next-steps";
import { RunDiff } from "@/components/classification/run-diff";
import { RunHistory } from "@/components/classification/run-history";
import { ClientMessages, type Namespace } from "@/components/i18n/client-messages";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ClassificationPage");
  return { title: t("metaTitle") };
}

// The review forms and the re-screen button are client components: they need their messages and the tier names.
const CLIENT_NAMESPACES = ["ClassificationReviewForms", "SystemBadges"] as const satisfies readonly Namespace[];

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassificationPage({ params, searchParams }: Props) {
  const system = await loadSystem((await params).id);
  const actor = await requireActor();
  const [t, locale] = await Promise.all([getTranslations("ClassificationPage"), getLocale()]);
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
      {t("openQuestionnaire")}
    </ButtonLink>
  );
  if (!current) {
    return (
      <Card>
        <CardBody className="py-10 text-center">
          <h2 className="text-base font-semibold text-slate-900">{t("notClassifiedTitle")}</h2>
          <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600">
            {t("notClassifiedBody")}
            {!canRun && t("whoCanStart")}
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
    intake_changed: t("staleIntake"),
    rule_set_changed: t("staleRuleSet", { current: CURRENT_RULE_SET_ID, stored: current.ruleSetId }),
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
        <Alert tone="info" title={t("staleTitle")}>
          {t("staleBody", { reasons: new Intl.ListFormat(locale, { type: "conjunction" }).format(stale) })}
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
                <ClientMessages namespaces={CLIENT_NAMESPACES}>
                  <RescreenButton systemId={system.id} />
                </ClientMessages>
                {questionnaire}
              </span>
            )
          }
        />
        <ClientMessages namespaces={CLIENT_NAMESPACES}>
          <ReviewAside
            systemId={system.id}
            current={current}
            decisions={decisions}
            requests={requests}
            canRun={canRun}
            canReview={canReview}
          />
        </ClientMessages>
      </div>
      <Card id="history">
        <CardHeader title={t("historyTitle")} description={t("historyDescription")} />
        <RunHistory runs={runs} currentRunId={current.id} from={from} to={to} />
        {fromRun && toRun && results.has(from!) && results.has(to!) && (
          <CardBody className="border-t border-slate-200">
            <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("whatChanged")}</h3>
            <RunDiff
              diff={diffResults(results.get(from!)!, results.get(to!)!)}
              from={fromRun}
              to={toRun}
              results={[results.get(from!)!, results.get(to!)!]}
            />
          </CardBody>
        )}
      </Card>
    </div>
  );
}
