import { CountChart } from "@/components/dashboard/count-chart";
import { CountTable } from "@/components/dashboard/count-table";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { lifecycleRows, roleRows, tierRows, unitRows, type CountRow } from "@/lib/dashboard/view-model";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ChartCard } from "./chart-card";
import { useTranslations } from "next-intl";

// Charts show the largest business units; the table beside them lists every unit.
const CHART_UNITS = 12;

function Breakdown({
  id,
  title,
  description,
  heading,
  rows,
  chartRows = rows,
}: {
  id: string;
  title: string;
  description: string;
  heading: string;
  rows: CountRow[];
  chartRows?: CountRow[];
}) {
  const t = useTranslations("DashboardPortfolio");
  return (
    <ChartCard
      id={id}
      title={title}
      description={description}
      chart={
        rows.length ? (
          <CountChart rows={chartRows} title={title} />
        ) : (
          <p className="text-sm text-slate-600">{t("noSystems")}</p>
        )
      }
      table={<CountTable rows={rows} caption={title} heading={heading} />}
    />
  );
}

export function TierBreakdown({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const t = useTranslations("DashboardPortfolio");
  return (
    <Breakdown
      id="by-tier"
      title={t("tierTitle")}
      heading={t("tierHeading")}
      description={t("tierDescription")}
      rows={tierRows(data.systems.byTier, filters)}
    />
  );
}

export function RoleAndLifecycle({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const t = useTranslations("DashboardPortfolio");
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <Breakdown
        id="by-role"
        title={t("roleTitle")}
        heading={t("roleHeading")}
        description={t("roleDescription")}
        rows={roleRows(data.systems.byRole, filters)}
      />
      <Breakdown
        id="by-lifecycle"
        title={t("lifecycleTitle")}
        heading={t("lifecycleHeading")}
        description={t("lifecycleDescription")}
        rows={lifecycleRows(data.systems.byLifecycle, filters)}
      />
    </div>
  );
}

export function UnitBreakdown({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const t = useTranslations("DashboardPortfolio");
  const units = unitRows(data.systems.byUnit, filters);
  return (
    <Breakdown
      id="by-unit"
      title={t("unitTitle")}
      heading={t("unitHeading")}
      description={
        units.length > CHART_UNITS
          ? t("unitDescriptionLargest", { shown: CHART_UNITS, all: units.length })
          : t("unitDescription")
      }
      rows={units}
      chartRows={units.slice(0, CHART_UNITS)}
    />
  );
}
