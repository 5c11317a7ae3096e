import { FurthestBehind } from "@/components/dashboard/furthest-behind";
import { ReadinessChart } from "@/components/dashboard/readiness-chart";
import { ReadinessTable } from "@/components/dashboard/readiness-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { readinessByTierRows, readinessByUnitRows, type RatioRow } from "@/lib/dashboard/view-model";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ChartCard } from "./chart-card";

function Readiness({ id, title, heading, rows }: { id: string; title: string; heading: string; rows: RatioRow[] }) {
  return (
    <ChartCard
      id={id}
      title={title}
      description="Obligations done (or justified as not applicable) out of those that apply. Click a segment to list those obligations."
      chart={
        rows.length ? (
          <ReadinessChart rows={rows} title={title} />
        ) : (
          <p className="text-sm text-slate-600">No obligations apply to the systems that match these filters.</p>
        )
      }
      table={<ReadinessTable rows={rows} caption={title} heading={heading} />}
    />
  );
}

export function ReadinessByTier({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  return (
    <Readiness
      id="readiness-tier"
      title="Readiness by tier"
      heading="Tier"
      rows={readinessByTierRows(data.readiness.byTier, filters)}
    />
  );
}

export function ReadinessByUnit({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  return (
    <Readiness
      id="readiness-unit"
      title="Readiness by business unit"
      heading="Business unit"
      rows={readinessByUnitRows(data.readiness.byUnit, filters)}
    />
  );
}

export function FurthestBehindCard({ data }: { data: DashboardDTO }) {
  return (
    <Card data-card="furthest-behind">
      <CardHeader
        title="Systems furthest behind"
        description="Smallest share of applicable obligations done, counting all of each system's obligations."
      />
      <CardBody>
        <FurthestBehind systems={data.furthestBehind} />
      </CardBody>
    </Card>
  );
}
