import Link from "next/link";
import { useTranslations } from "next-intl";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { TrendTable } from "@/components/dashboard/trend-table";
import type { TrendSnapshot } from "@/lib/dal/dashboard/trend";
import { dashboardHref } from "@/lib/dashboard/links";
import { TREND_RANGES, trendPoints, type TrendRange } from "@/lib/dashboard/trend";
import { cn } from "@/lib/utils";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ChartCard } from "./chart-card";

const RANGE_KEY = { "4w": "range4w", "3m": "range3m", "12m": "range12m" } as const satisfies Record<TrendRange, string>;

function RangePicker({ range, filters }: { range: TrendRange; filters: DashboardFilters }) {
  const t = useTranslations("DashboardTrend");
  const base = dashboardHref(filters);
  return (
    <nav aria-label={t("rangeLabel")} className="flex rounded-md ring-1 ring-slate-300">
      {(Object.keys(TREND_RANGES) as TrendRange[]).map((r) => (
        <Link
          key={r}
          href={`${base}${base.includes("?") ? "&" : "?"}range=${r}#trend`}
          scroll={false}
          aria-current={r === range ? "true" : undefined}
          className={cn(
            "px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md focus-visible:outline-2 focus-visible:outline-indigo-600",
            r === range ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {t(RANGE_KEY[r])}
        </Link>
      ))}
    </nav>
  );
}

// Daily snapshots of the headline figures (written by the snapshot job), for the whole organisation.
export function TrendSection({
  snapshots,
  range,
  today,
  filters,
}: {
  snapshots: TrendSnapshot[];
  range: TrendRange;
  today: string;
  filters: DashboardFilters;
}) {
  const t = useTranslations("DashboardTrend");
  const points = trendPoints(snapshots, range, today);
  const filtered = Object.keys(filters).length > 0;
  const weekly = range === "12m" ? t("weekly") : "";
  const scope = filtered ? t("scopeFiltered") : t("scope");
  return (
    <div id="trend" className="scroll-mt-4">
      <ChartCard
        id="trend"
        title={t("title")}
        description={t("description", { weekly, scope })}
        actions={<RangePicker range={range} filters={filters} />}
        chart={
          points.length > 1 ? (
            <TrendChart points={points} />
          ) : (
            <p className="text-sm text-slate-600">{t("notEnough")}</p>
          )
        }
        table={<TrendTable points={points} />}
      />
    </div>
  );
}
