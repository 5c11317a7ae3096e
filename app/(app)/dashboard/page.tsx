import type { Metadata } from "next";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { IncidentClocksCard } from "@/components/dashboard/incident-clocks";
import { StatTile } from "@/components/dashboard/stat-tile";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDashboard, getDashboardFilterOptions } from "@/lib/dal/dashboard/dashboard";
import { listRunningIncidentClocks } from "@/lib/dal/incidents/incidents";
import { ALL_STATUSES, OPEN_STATUSES, obligationsHref, systemsHref } from "@/lib/dashboard/links";
import { percent } from "@/lib/dashboard/view-model";
import { formatDate } from "@/lib/utils";
import { parseDashboardParams } from "@/lib/validations/dashboard";
import { AttentionSection } from "./attention-section";
import { RoleAndLifecycle, TierBreakdown, UnitBreakdown } from "./portfolio-section";
import { ReadinessByTier, ReadinessByUnitAndLaggards } from "./readiness-section";
import { TimelineSection } from "./timeline-section";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseDashboardParams(await searchParams);
  const actor = await requireActor();
  const [data, options, incidentClocks] = await Promise.all([
    getDashboard(actor, filters),
    getDashboardFilterOptions(actor),
    listRunningIncidentClocks(actor),
  ]);
  const notClassified = data.systems.byTier.find((t) => t.tier === null)?.count ?? 0;
  const { applicable, done } = data.readiness.overall;
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`Where the organisation stands under the EU AI Act, and what is coming. Figures as of ${formatDate(data.today)}.`}
      />
      <div className="space-y-6">
        <Card>
          <CardBody>
            <FilterBar filters={filters} options={options} />
            <p className="mt-3 text-xs text-slate-600">
              Filters apply to every figure and carry into the lists behind them. Owner and role mean the system&apos;s
              owner and our roles for system counts, and the assignee and the duty&apos;s role for obligation figures.
            </p>
          </CardBody>
        </Card>
        <div className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
          <StatTile
            label="AI systems"
            value={data.systems.total}
            href={systemsHref(filters)}
            detail={`${data.systems.total - notClassified} classified, ${notClassified} not classified`}
          />
          <StatTile
            label="Readiness"
            value={`${percent(done, applicable)} %`}
            href={obligationsHref(filters, { status: ALL_STATUSES })}
            detail={`${done} of ${applicable} applicable obligations done or not applicable`}
          />
          <StatTile
            label="Overdue obligations"
            value={data.attention.overdueObligations}
            href={obligationsHref(filters, { status: OPEN_STATUSES, due: "overdue" })}
            detail="Past their due date, still open"
          />
          <StatTile
            label="Awaiting legal review"
            value={data.attention.awaitingReview.total}
            href={systemsHref(filters, { disposition: "REQUIRES_REVIEW" })}
            detail="Classifications a lawyer must confirm"
          />
        </div>
        <IncidentClocksCard incidents={incidentClocks} now={new Date()} />
        <AttentionSection data={data} filters={filters} />
        <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-2">
          <TierBreakdown data={data} filters={filters} />
          <ReadinessByTier data={data} filters={filters} />
        </div>
        <TimelineSection data={data} filters={filters} />
        <RoleAndLifecycle data={data} filters={filters} />
        <UnitBreakdown data={data} filters={filters} />
        <ReadinessByUnitAndLaggards data={data} filters={filters} />
      </div>
    </>
  );
}
