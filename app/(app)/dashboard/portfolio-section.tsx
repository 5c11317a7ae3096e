import { CountChart } from "@/components/dashboard/count-chart";
import { CountTable } from "@/components/dashboard/count-table";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { lifecycleRows, roleRows, tierRows, unitRows, type CountRow } from "@/lib/dashboard/view-model";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ChartCard } from "./chart-card";

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
  return (
    <ChartCard
      id={id}
      title={title}
      description={description}
      chart={
        rows.length ? (
          <CountChart rows={chartRows} title={title} />
        ) : (
          <p className="text-sm text-slate-600">No systems match these filters.</p>
        )
      }
      table={<CountTable rows={rows} caption={title} heading={heading} />}
    />
  );
}

export function TierBreakdown({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  return (
    <Breakdown
      id="by-tier"
      title="AI systems by risk tier"
      heading="Tier"
      description="The tier of each system's current classification. Click a bar or a number to list those systems."
      rows={tierRows(data.systems.byTier, filters)}
    />
  );
}

export function RoleAndLifecycle({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <Breakdown
        id="by-role"
        title="AI systems by our role"
        heading="Role"
        description="A system counts once for every role the organisation holds for it."
        rows={roleRows(data.systems.byRole, filters)}
      />
      <Breakdown
        id="by-lifecycle"
        title="AI systems by lifecycle stage"
        heading="Stage"
        description="Where each system is in its life: in use first, retired last."
        rows={lifecycleRows(data.systems.byLifecycle, filters)}
      />
    </div>
  );
}

export function UnitBreakdown({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const units = unitRows(data.systems.byUnit, filters);
  return (
    <Breakdown
      id="by-unit"
      title="AI systems by business unit"
      heading="Business unit"
      description={
        units.length > CHART_UNITS
          ? `The chart shows the ${CHART_UNITS} largest units; the table lists all ${units.length}.`
          : "Systems per business unit."
      }
      rows={units}
      chartRows={units.slice(0, CHART_UNITS)}
    />
  );
}
