import type { ReactNode } from "react";
import { TableToggle } from "@/components/dashboard/table-toggle";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

// One pattern for every chart: the chart, and its data table (every figure a link to exactly what it counts) behind
// a "Show as table" button, so the page is as long as its charts rather than twice that.
export function ChartCard({
  id,
  title,
  description,
  actions,
  chart,
  table,
}: {
  id: string;
  title: string;
  description?: string;
  actions?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <Card data-card={id}>
      <CardHeader title={title} description={description} actions={actions} />
      <CardBody>
        <div className="min-w-0">{chart}</div>
        <TableToggle label={title}>{table}</TableToggle>
      </CardBody>
    </Card>
  );
}
