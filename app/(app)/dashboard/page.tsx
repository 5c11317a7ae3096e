import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ComingPanel } from "@/components/dashboard/coming-panel";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IncidentClocksCard } from "@/components/dashboard/incident-clocks";
import { StatTile } from "@/components/dashboard/stat-tile";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDashboard, getDashboardFilterOptions } from "@/lib/dal/dashboard/dashboard";
import { getGovernanceFigures } from "@/lib/dal/dashboard/governance";
import { getDashboardTrend } from "@/lib/dal/dashboard/trend";
import { listRunningIncidentClocks } from "@/lib/dal/incidents/incidents";
import { getPortfolioHeatMap } from "@/lib/dal/risks/portfolio";
import { getRiskLabels } from "@/lib/dal/risks/scale";
import { deadlineView, splitViews } from "@/lib/dashboard/headline";
import { OPEN_STATUSES, obligationsHref, systemsHref } from "@/lib/dashboard/links";
import { parseTrendRange } from "@/lib/dashboard/trend";
import { todayIso } from "@/lib/dates";
import { formatDateIn } from "@/lib/i18n/format";
import { parseDashboardParams } from "@/lib/validations/dashboard";
import { AttentionSection } from "./attention-section";
import { GovernanceSection } from "./governance-section";
import { RoleAndLifecycle, TierBreakdown, UnitBreakdown } from "./portfolio-section";
import { FurthestBehindCard, ReadinessByTier, ReadinessByUnit } from "./readiness-section";
import { RiskPortfolioSection } from "./risk-section";
import { TimelineSection } from "./timeline-section";
import { TrendSection } from "./trend-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DashboardPage");
  return { title: t("title") };
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const filters = parseDashboardParams(params);
  const range = parseTrendRange(params.range);
  const actor = await requireActor();
  const today = todayIso();
  const riskView = params.risks === "inherent" ? "inherent" : "current";
  const [t, locale] = await Promise.all([getTranslations("DashboardPage"), getLocale()]);
  const [data, options, incidentClocks, trend, riskCells, riskLabels, governance] = await Promise.all([
    getDashboard(actor, filters, { today }),
    getDashboardFilterOptions(actor),
    listRunningIncidentClocks(actor),
    getDashboardTrend(actor, range, { today }),
    getPortfolioHeatMap(actor, riskView),
    getRiskLabels(actor),
    getGovernanceFigures(actor, { today }),
  ]);
  const notClassified = data.systems.byTier.find((t) => t.tier === null)?.count ?? 0;
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { date: formatDateIn(locale, data.today) })} />
      {/* The charts, their tables and the table buttons are client components with words of their own. */}
      <ClientMessages namespaces={["DashboardCharts", "DashboardMilestones"]}>
        <div className="space-y-6">
          <Card data-card="coming">
            <CardHeader title={t("comingTitle")} description={t("comingDescription")} />
            <ComingPanel
              deadline={deadlineView(data.byDay, data.today, filters)}
              split={splitViews(data.byDay, data.today, filters)}
              today={data.today}
            />
          </Card>
          <Card>
            <CardBody>
              <FilterBar filters={filters} options={options} />
              <p className="mt-3 text-xs text-slate-600">{t("filtersNote")}</p>
            </CardBody>
          </Card>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4">
            <StatTile
              label={t("systems")}
              value={data.systems.total}
              href={systemsHref(filters)}
              detail={t("systemsDetail", { classified: data.systems.total - notClassified, notClassified })}
            />
            <StatTile
              label={t("overdue")}
              value={data.attention.overdueObligations}
              href={obligationsHref(filters, { status: OPEN_STATUSES, due: "overdue" })}
              detail={t("overdueDetail")}
            />
            <StatTile
              className="col-span-2 sm:col-span-1"
              label={t("awaitingReview")}
              value={data.attention.awaitingReview.total}
              href={systemsHref(filters, { disposition: "REQUIRES_REVIEW" })}
              detail={t("awaitingReviewDetail")}
            />
          </div>
          <TrendSection snapshots={trend} range={range} today={data.today} filters={filters} />
          <AttentionSection data={data} filters={filters} />
          <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-2">
            <TierBreakdown data={data} filters={filters} />
            <ReadinessByTier data={data} filters={filters} />
          </div>
          <RiskPortfolioSection cells={riskCells} labels={riskLabels} view={riskView} params={params} />
          <GovernanceSection data={governance} />
          <TimelineSection data={data} filters={filters} />
          <RoleAndLifecycle data={data} filters={filters} />
          <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-2">
            <UnitBreakdown data={data} filters={filters} />
            <ReadinessByUnit data={data} filters={filters} />
          </div>
          <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-2">
            <IncidentClocksCard incidents={incidentClocks} now={new Date()} />
            <FurthestBehindCard data={data} />
          </div>
        </div>
      </ClientMessages>
    </>
  );
}
