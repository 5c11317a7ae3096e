import { useLocale, useTranslations } from "next-intl";
import { TimelineChart } from "@/components/dashboard/timeline-chart";
import { TimelineTable } from "@/components/dashboard/timeline-table";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { timelineAxis, timelineRows, type QuarterView } from "@/lib/dashboard/view-model";
import { formatDateIn } from "@/lib/i18n/format";
import type { DashboardFilters } from "@/lib/validations/dashboard";
import { ChartCard } from "./chart-card";

export function TimelineSection({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  const t = useTranslations("DashboardTimeline");
  const locale = useLocale();
  // lib/dashboard names quarters by key ("2026-Q4"); the reader sees "Q4 2026", in French "T4 2026".
  const named = (view: QuarterView[]) =>
    view.map((r) => ({ ...r, label: t("quarter", { q: r.quarter.slice(6), year: r.quarter.slice(0, 4) }) }));
  const rows = named(timelineRows(data.timeline, data.currentQuarter, filters));
  return (
    <ChartCard
      id="timeline"
      title={t("title")}
      description={t("description")}
      chart={<TimelineChart rows={named(timelineAxis(rows, filters))} today={formatDateIn(locale, data.today)} />}
      table={<TimelineTable rows={rows} />}
    />
  );
}
