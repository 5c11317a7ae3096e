import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/lib/utils";

// A chart with its data table: beside it in a full-width card, below it in a half-width one. The table is the
// accessible, linkable form of the same numbers, so it is always visible rather than hidden behind a toggle.
export function ChartCard({
  id,
  title,
  description,
  chart,
  table,
  layout = "stacked",
}: {
  id: string;
  title: string;
  description?: string;
  chart: ReactNode;
  table: ReactNode;
  layout?: "side" | "stacked";
}) {
  return (
    <Card data-card={id}>
      <CardHeader title={title} description={description} />
      <CardBody
        className={cn("grid grid-cols-1 gap-6", layout === "side" && "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]")}
      >
        <div className="min-w-0">{chart}</div>
        <div className="min-w-0">{table}</div>
      </CardBody>
    </Card>
  );
}
