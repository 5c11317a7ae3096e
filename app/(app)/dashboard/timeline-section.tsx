import { TimelineChart } from "@/components/dashboard/timeline-chart";
import { TimelineTable } from "@/components/dashboard/timeline-table";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { timelineAxis, timelineRows } from "@/lib/dashboard/view-model";
import { formatDate } from "@/lib/utils";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ChartCard } from "./chart-card";

export function TimelineSection({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const rows = timelineRows(data.timeline, data.currentQuarter, filters);
  return (
    <ChartCard
      id="timeline"
      title="What begins to apply, quarter by quarter"
      description="Obligations by the date the law makes them apply. The number above a bar is how many systems that quarter affects; the dashed line marks today."
      chart={<TimelineChart rows={timelineAxis(rows, filters)} today={formatDate(data.today)} />}
      table={<TimelineTable rows={rows} />}
    />
  );
}
