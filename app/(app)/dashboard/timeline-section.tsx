import { useLocale, useTranslations } from "next-intl";
import { TimelineChart } from "@/components/dashboard/timeline-chart";
import { TimelineTable } from "@/components/dashboard/timeline-table";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { timelineAxis, timelineRows } from "@/lib/dashboard/view-model";
import { formatDateIn } from "@/lib/i18n/format";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ChartCard } from "./chart-card";

export function TimelineSection({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const t = useTranslations("DashboardTimeline");
  const locale = useLocale();
  const rows = timelineRows(data.timeline, data.currentQuarter, filters);
  return (
    <ChartCard
      id="timeline"
      title={t("title")}
      description={t("description")}
      chart={<TimelineChart rows={timelineAxis(rows, filters)} today={formatDateIn(locale, data.today)} />}
      table={<TimelineTable rows={rows} />}
    />
  );
}
