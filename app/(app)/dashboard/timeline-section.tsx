import { TimelineChart } from "@/components/dashboard/timeline-chart";
import { TimelineTable } from "@/components/dashboard/timeline-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { timelineAxis, timelineRows } from "@/lib/dashboard/view-model";
import { formatDate } from "@/lib/utils";
import type { DashboardFilters } from "@/lib/validations/dashboard";

export function TimelineSection({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const rows = timelineRows(data.timeline, data.currentQuarter, filters);
  return (
    <Card data-card="timeline">
      <CardHeader
        title="What begins to apply, quarter by quarter"
        description="Obligations by the date the law makes them apply. The number above a bar is how many systems that quarter affects; the dashed line marks today."
      />
      <CardBody className="space-y-6">
        <TimelineChart rows={timelineAxis(rows, filters)} today={formatDate(data.today)} />
        <TimelineTable rows={rows} />
      </CardBody>
    </Card>
  );
}
